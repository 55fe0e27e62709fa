package dev.lifeos.maven.migrations;

import dev.lifeos.maven.rules.Finding;

/**
 * A dangerous operation with the approval state of its migration.
 *
 * @param finding what was found, where
 * @param migration the migration it is in
 * @param approval whether the approvals file lists the migration with its current checksum
 * @param trace what the lock trace says of it
 */
public record CheckedFinding(
    Finding finding, Migration migration, Approvals.Status approval, Trace trace) {

  /** How a finding and the lock trace of its statement relate. */
  public enum Trace {
    /**
     * The trace did not run for the statement (H2, the trace off, a statement it could not see).
     */
    NOT_TRACED,
    /** A static rule's finding, and the trace saw PostgreSQL do what the rule says. */
    AGREES,
    /** A static rule's finding, and the trace saw PostgreSQL not do it. */
    DISAGREES,
    /** The trace's finding, on a statement no static rule flagged. */
    TRACE_ONLY;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public CheckedFinding(Finding finding, Migration migration, Approvals.Status approval) {
    this(finding, migration, approval, Trace.NOT_TRACED);
  }

  public boolean approved() {
    return approval == Approvals.Status.APPROVED;
  }

  /** A dangerous operation the approvals file does not cover (notices never need approval). */
  public boolean unapproved() {
    return finding.needsApproval() && !approved();
  }
}
