package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.migrations.Migration;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs one rule over a migration's text and returns its findings. */
public final class RuleTester {
  private final Rule rule;
  private final Dialect dialect;

  private RuleTester(Rule rule, Dialect dialect) {
    this.rule = rule;
    this.dialect = dialect;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(rule, Dialect.POSTGRESQL);
  }

  public RuleTester on(Dialect other) {
    return new RuleTester(rule, other);
  }

  public List<Finding> sql(String text) {
    return scan(text, Migration.Language.SQL);
  }

  public List<Finding> java(String text) {
    return scan(text, Migration.Language.JAVA);
  }

  private List<Finding> scan(String text, Migration.Language language) {
    Set<String> others =
        Rules.all().stream()
            .map(Rule::id)
            .filter(id -> !id.equals(rule.id()))
            .collect(Collectors.toSet());
    try {
      return new MigrationScanner(dialect, others)
          .scan(
              new Migration(
                  Migration.Type.VERSIONED,
                  language,
                  Path.of(language == Migration.Language.SQL ? "V9__test.sql" : "V9__Test.java"),
                  org.flywaydb.core.api.MigrationVersion.fromVersion("9"),
                  "test",
                  0,
                  text));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
