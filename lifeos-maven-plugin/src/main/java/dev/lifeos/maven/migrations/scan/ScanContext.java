package dev.lifeos.maven.migrations.scan;

import java.util.HashSet;
import java.util.Set;

/**
 * What a rule may know beyond one statement: the target dialect, and the tables this migration
 * created before the statement. Operations on a table created in the same migration are harmless
 * (nobody reads it yet, it has no rows to lock or rewrite), so rules about existing data skip them,
 * as Squawk does for indexes.
 */
public final class ScanContext {
  private final Dialect dialect;
  private final Set<String> createdTables = new HashSet<>();

  ScanContext(Dialect dialect) {
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** {@code table} (as {@link Token#name()} gives it, schema left out) was created earlier here. */
  public boolean createdHere(String table) {
    return createdTables.contains(table);
  }

  void tableCreated(String table) {
    createdTables.add(table);
  }
}
