package dev.lifeos.maven.migrations.scan;

import java.util.Set;

/**
 * A rule about the actions of an {@code ALTER TABLE} on a table that existed before the migration
 * (one the migration created has no rows and no readers yet): it sees each action on its own.
 */
public abstract class AlterTableRule implements SqlRule {
  @Override
  public Set<String> verbs() {
    return Set.of("ALTER");
  }

  @Override
  public final void check(SqlStatement statement, ScanContext context, Findings findings) {
    SqlSyntax.alterExistingTable(statement, context)
        .ifPresent(
            alter -> alter.actions().forEach(action -> check(alter, action, context, findings)));
  }

  /** Reports what is dangerous in one {@code action} of {@code alter}. */
  protected abstract void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings);
}
