package dev.lifeos.maven.migrations.scan;

/** A rule over the statements of a SQL migration. */
public non-sealed interface SqlRule extends DangerRule {
  /**
   * The statement verbs (first words, upper case) this rule looks at, e.g. {@code ALTER}.
   * Statements that start with a verb no rule names (INSERT, the bulk of data migrations) are
   * skipped without being tokenized.
   */
  java.util.Set<String> verbs();

  /**
   * Reports what is dangerous in {@code statement} to {@code findings}. {@code context} knows the
   * migration's earlier statements (which tables it created).
   */
  void check(SqlStatement statement, ScanContext context, Findings findings);

  /**
   * Reports what is wrong with the script as a whole, after its last statement; {@code
   * context.script()} has it. Not called for SQL that a Java migration runs.
   */
  default void finish(ScanContext context, Findings findings) {}
}
