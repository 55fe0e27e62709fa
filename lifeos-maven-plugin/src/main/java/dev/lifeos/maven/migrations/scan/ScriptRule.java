package dev.lifeos.maven.migrations.scan;

import java.util.Set;

/**
 * A rule about a SQL script as a whole rather than its statements: it looks at {@code
 * context.script()} once, after the last statement.
 */
public abstract class ScriptRule implements SqlRule {
  @Override
  public final Set<String> verbs() {
    return Set.of();
  }

  @Override
  public final void check(SqlStatement statement, ScanContext context, Findings findings) {}

  @Override
  public abstract void finish(ScanContext context, Findings findings);
}
