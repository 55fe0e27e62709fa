package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Step;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * actions/checkout leaves the job's token out of the repository unless the job pushes commits. By
 * default ({@code persist-credentials: true}) it writes the token into {@code .git/config}, where
 * every later step can read it: each Maven plugin and test the build runs, and an artifact that
 * uploads the work tree. A job that pushes ({@code git push}, {@code release:prepare}, ...) needs
 * it and is exempt.
 */
public final class PersistCredentialsRule implements WorkflowRule {
  @Override
  public String id() {
    return "persist-credentials";
  }

  @Override
  public String title() {
    return "Token not left in .git/config";
  }

  @Override
  public String why() {
    return "By default actions/checkout writes the job's token into .git/config, where every later step,"
        + " Maven plugin and test can read it.";
  }

  @Override
  public String fix() {
    return "Check out with persist-credentials: false unless the job pushes commits.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      if (job.pushesCommits()) {
        continue;
      }
      for (Step step : job.steps()) {
        boolean persists =
            !step.with("persist-credentials")
                .map(value -> value.trim().toLowerCase(Locale.ROOT))
                .filter("false"::equals)
                .isPresent();
        if (step.isCheckout() && persists) {
          found.add(
              workflow.finding(
                  step.line(),
                  this,
                  job.label()
                      + " "
                      + step.label()
                      + " checks out with the job's token saved in .git/config"
                      + " (persist-credentials defaults to true), where every later step, Maven"
                      + " plugin and test can read it, and the job pushes no commits: set"
                      + " with.persist-credentials: false."));
        }
      }
    }
    return found;
  }
}
