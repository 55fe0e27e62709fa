package dev.lifeos.maven.migrations;

import dev.lifeos.maven.migrations.scan.Finding;

/**
 * A dangerous operation with the approval state of its migration.
 *
 * @param finding what was found, where
 * @param migration the migration it is in
 * @param approval whether the approvals file lists the migration with its current checksum
 */
public record CheckedFinding(Finding finding, Migration migration, Approvals.Status approval) {
  public boolean approved() {
    return approval == Approvals.Status.APPROVED;
  }

  /** A dangerous operation the approvals file does not cover (notices never need approval). */
  public boolean unapproved() {
    return finding.needsApproval() && !approved();
  }
}
