package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The GITHUB_TOKEN of every job has only the permissions it needs. Without {@code permissions:} a
 * job gets the repository's default, which is write access to everything in many repositories (and
 * in every one created before February 2023); {@code write-all} grants it outright. So: {@code
 * permissions:} on the workflow or on every job, never {@code write-all}, and a write scope on the
 * workflow only when it has a single job (else it belongs on the job that writes).
 */
public final class PermissionsRule implements WorkflowRule {
  private static final String WRITE_ALL = "write-all";

  @Override
  public String id() {
    return "permissions";
  }

  @Override
  public String title() {
    return "Least-privilege token";
  }

  @Override
  public String why() {
    return "Without permissions: a job's token gets the repository's default, write access to everything"
        + " in many repositories; write-all grants it outright.";
  }

  @Override
  public String fix() {
    return "Set permissions: {contents: read} on the workflow, and the writes on the job that needs"
        + " them.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    YamlNode workflowPermissions = workflow.root().get("permissions");
    writeAll(workflow, workflowPermissions, "the workflow grants every job's token", found);
    List<String> writes = writeScopes(workflowPermissions);
    if (!writes.isEmpty() && workflow.jobs().size() > 1) {
      found.add(
          workflow.finding(
              workflowPermissions.line(),
              this,
              "the workflow grants "
                  + String.join(", ", writes)
                  + " to all "
                  + workflow.jobs().size()
                  + " jobs: grant a write on the job that needs it (jobs.<id>.permissions) and"
                  + " keep the workflow's permissions read-only."));
    }
    for (Job job : workflow.jobs()) {
      YamlNode permissions = job.node().get("permissions");
      writeAll(workflow, permissions, job.label() + " grants its token", found);
      if (!permissions.isPresent() && !workflowPermissions.isPresent()) {
        found.add(
            workflow.finding(
                job.line(),
                this,
                job.label()
                    + " sets no permissions, nor does the workflow: its token gets the"
                    + " repository's default, write access to everything in many repositories."
                    + " Add permissions: {contents: read} to the workflow, and the writes a job"
                    + " needs to that job."));
      }
    }
    return found;
  }

  private void writeAll(Workflow workflow, YamlNode permissions, String who, List<Finding> found) {
    if (permissions.text().map(String::trim).filter(WRITE_ALL::equals).isPresent()) {
      found.add(
          workflow.finding(
              permissions.line(),
              this,
              who
                  + " write-all: name the scopes each job needs, permissions: {contents: read}"
                  + " and the writes a job makes (packages: write to push an image) on that"
                  + " job."));
    }
  }

  /** {@code packages: write}, ... as written in a permissions mapping. */
  private static List<String> writeScopes(YamlNode permissions) {
    List<String> writes = new ArrayList<>();
    permissions
        .entries()
        .forEach(
            (scope, access) -> {
              if (access.text().map(String::trim).filter("write"::equals).isPresent()) {
                writes.add(scope + ": write");
              }
            });
    return writes;
  }
}
