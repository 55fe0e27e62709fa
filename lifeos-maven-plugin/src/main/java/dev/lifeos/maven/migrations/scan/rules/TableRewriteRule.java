package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.TraceRule;
import dev.lifeos.maven.migrations.trace.MigrationTrace;
import dev.lifeos.maven.migrations.trace.TracedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Lock trace: a statement gave a table that existed before the migration a new file ({@code
 * pg_class.relfilenode} changed): PostgreSQL copied every row.
 */
public final class TableRewriteRule implements TraceRule {
  @Override
  public String id() {
    return "table-rewrite";
  }

  @Override
  public String title() {
    return "Table rewritten (lock trace)";
  }

  @Override
  public String why() {
    return "PostgreSQL rewrote the table while the migration ran (its relfilenode changed): every"
        + " row and every index was copied under an ACCESS EXCLUSIVE lock, so reads and writes of"
        + " the table wait for as long as the copy takes, and the disk briefly holds the table"
        + " twice.";
  }

  @Override
  public String fix() {
    return "Avoid the rewrite: add a new column (nullable, no volatile default), backfill it in"
        + " batches and switch over in a later release, instead of changing a type or filling a"
        + " column in place.";
  }

  @Override
  public List<Hit> check(MigrationTrace trace) {
    List<Hit> hits = new ArrayList<>();
    for (TracedStatement statement : trace.statements()) {
      if (!statement.rewrittenTables().isEmpty()) {
        hits.add(
            new Hit(
                statement,
                statement.quoted()
                    + " rewrote "
                    + String.join(", ", statement.rewrittenTables())
                    + " (new relfilenode) in "
                    + statement.millis()
                    + " ms."));
      }
    }
    return hits;
  }
}
