package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresExpressions;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL: {@code ADD COLUMN} on an existing table that fills every existing row, so rewrites
 * the table: a volatile DEFAULT ({@code gen_random_uuid()}, {@code clock_timestamp()}, a function
 * of the project's own), any non-NULL DEFAULT before PostgreSQL 11, a stored generated column, an
 * identity column, or a serial type.
 */
public final class AddColumnRewritesTableRule extends AlterTableRule implements PostgresRule {
  private static final Set<String> SERIAL =
      Set.of("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");

  @Override
  public String id() {
    return "add-column-rewrites-table";
  }

  @Override
  public String title() {
    return "ADD COLUMN that rewrites the table";
  }

  @Override
  public String why() {
    return "On PostgreSQL, adding a column whose value must be computed for every existing row (a"
        + " volatile DEFAULT such as gen_random_uuid() or clock_timestamp(), a STORED generated"
        + " column, an IDENTITY or SERIAL column, or any DEFAULT before PostgreSQL 11) rewrites"
        + " the whole table and its indexes under an ACCESS EXCLUSIVE lock: reads and writes wait"
        + " until it is done.";
  }

  @Override
  public String fix() {
    return "Add the column without the default (nullable), SET DEFAULT for new rows, and backfill"
        + " the existing rows in batches; a non-volatile DEFAULT (a constant, now()) costs nothing"
        + " on PostgreSQL 11+.";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    SqlSyntax.addedColumn(action)
        .flatMap(column -> why(column, context))
        .ifPresent(
            why ->
                findings.add(
                    action.first(),
                    alter.describe(action) + " " + why + ": PostgreSQL rewrites the table."));
  }

  private static Optional<String> why(SqlSyntax.ColumnDefinition column, ScanContext context) {
    if (column.type().filter(type -> SERIAL.contains(type.name())).isPresent()) {
      return Optional.of("fills every existing row from a sequence");
    }
    int generated = column.indexOf("GENERATED");
    if (generated >= 0) {
      if (column.has("IDENTITY")) {
        return Optional.of("numbers every existing row (identity)");
      }
      boolean stored =
          column.has("STORED") || (!column.has("VIRTUAL") && context.postgresMajor() < 18);
      return stored
          ? Optional.of("computes the stored generated value of every row")
          : Optional.empty();
    }
    int defaultAt = column.indexOf("DEFAULT");
    if (defaultAt < 0 || column.statement().hasWordsAt(defaultAt + 1, "NULL")) {
      return Optional.empty();
    }
    if (context.postgresMajor() < 11) {
      return Optional.of(
          "writes its DEFAULT into every existing row (PostgreSQL "
              + context.postgresMajor()
              + ")");
    }
    return PostgresExpressions.volatileCall(column.statement(), defaultAt + 1, column.to())
        .map(call -> "evaluates the volatile " + call.text() + "() for every existing row");
  }
}
