package dev.lifeos.maven.migrations.scan;

import java.util.List;
import java.util.Set;

/**
 * Which column type changes PostgreSQL makes without rewriting the table. PostgreSQL's ALTER TABLE
 * documentation: "when changing the type of an existing column, if the USING clause does not change
 * the column contents and the old type is either binary coercible to the new type or an
 * unconstrained domain over the new type, a table rewrite is not needed"; and the length coercions
 * of varchar, numeric, varbit and the time types are no-ops when the new limit is at least the old
 * one (their planner support functions). Indexes on the column are kept too, unless the collation
 * changes (since 9.2; text and varchar sort alike). {@code AlterColumnTypeRewritePostgresTest}
 * checks every case here on a real PostgreSQL.
 */
public final class PostgresTypes {
  /** Types whose only modifier is a length or precision that may grow without a rewrite. */
  private static final Set<String> GROWABLE =
      Set.of("varchar", "varbit", "timestamp", "timestamptz", "time", "timetz");

  /** The precision of the time types stops at 6: {@code timestamp} is {@code timestamp(6)}. */
  private static final Set<String> TIME_TYPES =
      Set.of("timestamp", "timestamptz", "time", "timetz");

  private PostgresTypes() {}

  /** PostgreSQL changes a column of type {@code from} to {@code to} without a rewrite. */
  public static boolean rewriteFree(ColumnType from, ColumnType to) {
    if (from.array() != to.array()) {
      return false;
    }
    if (from.name().equals(to.name())) {
      return widens(from.name(), from.modifiers(), to.modifiers());
    }
    // binary coercible, unconstrained: varchar(n) -> text, text -> varchar
    return (from.name().equals("varchar") && to.name().equals("text"))
        || (from.name().equals("text") && to.name().equals("varchar") && to.modifiers().isEmpty())
        || (from.name().equals("cidr") && to.name().equals("inet"));
  }

  private static boolean widens(String type, List<Integer> from, List<Integer> to) {
    if (from.equals(to) || to.isEmpty()) {
      return true; // same type, or the limit dropped
    }
    if (type.equals("numeric")) {
      // precision may grow, the scale must stay: numeric(10,2) -> numeric(12,2)
      int fromScale = from.size() > 1 ? from.get(1) : 0;
      int toScale = to.size() > 1 ? to.get(1) : 0;
      return !from.isEmpty() && fromScale == toScale && to.get(0) >= from.get(0);
    }
    if (!GROWABLE.contains(type) || to.size() != 1) {
      return false;
    }
    if (TIME_TYPES.contains(type) && to.get(0) >= 6) {
      return true; // as precise as the type gets
    }
    return from.size() == 1 && to.get(0) >= from.get(0);
  }
}
