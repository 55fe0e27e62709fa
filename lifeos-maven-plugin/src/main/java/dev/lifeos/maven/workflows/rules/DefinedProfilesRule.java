package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.MavenInvocation;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every profile a Maven call activates exists in the project's POMs (lifeos-parent's pipeline
 * profiles, or the project's own). Maven only warns about an unknown profile and then runs without
 * it: {@code -Pmian} would run the main pipeline without its gates, and pass.
 */
public final class DefinedProfilesRule implements WorkflowRule {
  @Override
  public String id() {
    return "defined-profiles";
  }

  @Override
  public String title() {
    return "Profiles exist";
  }

  @Override
  public String why() {
    return "Maven only warns about an unknown profile and then runs without it: -Pmian would run the"
        + " main pipeline without its gates, and pass.";
  }

  @Override
  public String fix() {
    return "Use pr, main, release or nightly, or define the profile.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      for (MavenInvocation maven : job.mavenInvocations()) {
        for (String entry : maven.profiles()) {
          if (entry.contains("${{") || entry.startsWith("?")) {
            continue; // set by an input, or optional by Maven's own marker
          }
          String profile = entry.replaceFirst("^[!+-]", "");
          if (!policy.profiles().contains(profile)) {
            found.add(
                workflow.finding(
                    maven.command().line(),
                    this,
                    job.label()
                        + " runs Maven with profile '"
                        + profile
                        + "', which no POM of the project defines (defined: "
                        + String.join(", ", policy.profiles())
                        + "). Use a pipeline profile of lifeos-parent (pr, main, release,"
                        + " nightly) or define the profile."));
          }
        }
      }
    }
    return found;
  }
}
