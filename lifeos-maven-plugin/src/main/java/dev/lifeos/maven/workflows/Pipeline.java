package dev.lifeos.maven.workflows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four pipelines of the specification (section 1): which workflow file is which, the stages
 * each must have with their timeouts, and the event that starts it.
 */
public enum Pipeline {
  PR(
      "pr",
      "pull request to main, develop or release/*",
      List.of(
          Stage.of("lint", "lint", 2),
          Stage.of("typecheck", "typecheck", 3),
          Stage.of("security", "security", 2),
          Stage.of("unit-tests", "unit_tests", 5),
          Stage.of("migration-check", "migration_check", 1),
          Stage.of("integration-tests", "integration_tests", 10))),
  MAIN(
      "main",
      "push to main or develop",
      List.of(
          Stage.of("lint", "lint", 2),
          Stage.of("typecheck", "typecheck", 3),
          Stage.of("security", "security", 5),
          Stage.of("unit-tests", "unit_tests", 5),
          Stage.of("integration-tests", "integration_tests", 15),
          Stage.of("build", "build", 10),
          Stage.of("push", "push", 2),
          Stage.deploying("deploy-staging", "deploy_staging", 10, "staging"),
          Stage.of("smoke-test", "smoke_test", 3))),
  RELEASE(
      "release",
      "push of a tag v*.*.*",
      List.of(
          Stage.of("validate-tag", "validate_tag", 1),
          Stage.of("full-test-suite", "full_test_suite", 30),
          Stage.of("build-prod", "build_prod", 10),
          Stage.of("security-scan", "security_scan", 5),
          Stage.of("push-prod", "push_prod", 2),
          Stage.deploying("deploy-staging", "deploy_staging", 10, "staging"),
          Stage.deploying("deploy-prod", "deploy_prod", 15, "production"),
          Stage.of("post-deploy", "post_deploy", 5))),
  NIGHTLY(
      "nightly",
      "schedule '0 2 * * *' (2 AM UTC)",
      List.of(
          Stage.of("full-test-suite", "full_test_suite", 60),
          Stage.of("dependency-audit", "dependency_audit", 5),
          Stage.of("ml-model-validation", "ml_model_validation", 30),
          Stage.of("coverage-report", "coverage_report", 10)));

  private static final Pattern WORKFLOW_FILE =
      Pattern.compile("(?:^|/)lifeos-(pr|main|release|nightly)\\.ya?ml(?:@.*)?$");

  private final String id;
  private final String trigger;
  private final List<Stage> stages;

  Pipeline(String id, String trigger, List<Stage> stages) {
    this.id = id;
    this.trigger = trigger;
    this.stages = stages;
  }

  /** The profile of lifeos-parent that runs this pipeline, and the file name suffix. */
  public String id() {
    return id;
  }

  /** The spec's trigger, in words. */
  public String trigger() {
    return trigger;
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * The pipeline a workflow file or a {@code uses:} reference names: {@code lifeos-pr.yml}, {@code
   * org/lifeos-build/.github/workflows/lifeos-pr.yml@v1}.
   */
  public static Optional<Pipeline> ofWorkflowFile(String reference) {
    Matcher matcher = WORKFLOW_FILE.matcher(reference);
    return matcher.find()
        ? Optional.of(valueOf(matcher.group(1).toUpperCase(Locale.ROOT)))
        : Optional.empty();
  }
}
