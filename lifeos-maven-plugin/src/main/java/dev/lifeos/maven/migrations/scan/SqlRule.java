package dev.lifeos.maven.migrations.scan;

/** A rule over the statements of a SQL migration. */
public non-sealed interface SqlRule extends Rule {
  /**
   * Reports what is dangerous in {@code statement} to {@code findings}. {@code context} knows the
   * migration's earlier statements (which tables it created).
   */
  void check(SqlStatement statement, ScanContext context, Findings findings);
}
