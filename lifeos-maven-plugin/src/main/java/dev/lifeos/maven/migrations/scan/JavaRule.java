package dev.lifeos.maven.migrations.scan;

import java.util.List;

/** A rule over the source of a Java migration. */
public non-sealed interface JavaRule extends DangerRule {
  void check(List<JavaTokenizer.Token> tokens, Findings findings);
}
