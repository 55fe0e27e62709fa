package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.ScriptRule;

/**
 * A SQL migration whose text is not empty but holds no statement (only comments): Flyway applies it
 * as a no-op. An unterminated comment is {@link UnterminatedSqlRule}'s.
 */
public final class NothingToRunRule extends ScriptRule {
  @Override
  public String id() {
    return "nothing-to-run";
  }

  @Override
  public String title() {
    return "Migration with nothing to run";
  }

  @Override
  public String why() {
    return "A migration that holds only comments runs nothing, and Flyway records it as applied:"
        + " whatever it was meant to do (statements commented out while testing) never happens, and"
        + " the version cannot be reused.";
  }

  @Override
  public String fix() {
    return "Put the statements in (uncommented), or delete the file while it is unreleased; if"
        + " doing nothing is the point, say so with a statement such as SELECT 1.";
  }

  @Override
  public void finish(ScanContext context, Findings findings) {
    context
        .script()
        .filter(s -> s.statementCount() == 0 && !s.blank() && s.unterminated().isEmpty())
        .ifPresent(
            script ->
                findings.add(
                    1,
                    1,
                    "The migration holds no statement, only comments: Flyway records it as"
                        + " applied and runs nothing."));
  }
}
