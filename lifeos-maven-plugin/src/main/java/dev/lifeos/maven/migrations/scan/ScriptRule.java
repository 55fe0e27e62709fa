package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.rules.Severity;
import java.util.Set;

/**
 * A rule about a SQL script as a whole rather than its statements: it looks at {@code
 * context.script()} once, after the last statement. What such a rule finds is SQL that will not run
 * as written, which Flyway does not notice: an {@link Severity#ERROR}.
 */
public abstract class ScriptRule implements SqlRule {
  @Override
  public final Set<String> verbs() {
    return Set.of();
  }

  @Override
  public final void check(SqlStatement statement, ScanContext context, Findings findings) {}

  @Override
  public final Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public abstract void finish(ScanContext context, Findings findings);
}
