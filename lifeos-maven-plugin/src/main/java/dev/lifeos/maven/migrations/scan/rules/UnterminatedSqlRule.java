package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.ScriptRule;
import dev.lifeos.maven.migrations.scan.TokenizedSql;

/**
 * A block comment, string, quoted identifier or dollar quote that is never closed: it runs to the
 * end of the file and swallows every statement there.
 */
public final class UnterminatedSqlRule extends ScriptRule {
  @Override
  public String id() {
    return "unterminated-sql";
  }

  @Override
  public String title() {
    return "Unterminated comment, string or dollar quote";
  }

  @Override
  public String why() {
    return "An unclosed /* comment (or quote, or dollar quote) runs to the end of the file, so the"
        + " statements after it never run as written. With a comment, Flyway sends nothing of"
        + " them and records the migration as applied: a DROP or a backfill after it is silently"
        + " lost on every database.";
  }

  @Override
  public String fix() {
    return "Close the comment or quote where it was meant to end (a */ is missing, or a quote"
        + " inside a string is not doubled).";
  }

  @Override
  public void finish(ScanContext context, Findings findings) {
    context
        .script()
        .flatMap(TokenizedSql::unterminated)
        .ifPresent(
            open ->
                findings.add(
                    open.line(),
                    open.column(),
                    "The "
                        + open.what()
                        + " opened with "
                        + open.opening()
                        + " at line "
                        + open.line()
                        + " is never closed: everything after it is part of it, and those"
                        + " statements never run."));
  }
}
