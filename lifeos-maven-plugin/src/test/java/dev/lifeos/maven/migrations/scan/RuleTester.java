package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Runs one rule over a migration's text and returns its findings: on its own by default, or after
 * earlier migrations ({@link #after}), as check-migrations replays a project's history.
 */
public final class RuleTester {
  private final DangerRule rule;
  private final Dialect dialect;
  private final int postgresMajor;
  private final List<String> earlier;
  private final boolean flywayMixed;

  private RuleTester(
      DangerRule rule,
      Dialect dialect,
      int postgresMajor,
      List<String> earlier,
      boolean flywayMixed) {
    this.rule = rule;
    this.dialect = dialect;
    this.postgresMajor = postgresMajor;
    this.earlier = earlier;
    this.flywayMixed = flywayMixed;
  }

  public static RuleTester of(DangerRule rule) {
    return new RuleTester(
        rule, Dialect.POSTGRESQL, MigrationScanner.DEFAULT_POSTGRES_MAJOR, null, false);
  }

  public RuleTester on(Dialect other) {
    return new RuleTester(rule, other, postgresMajor, earlier, flywayMixed);
  }

  public RuleTester postgres(int major) {
    return new RuleTester(rule, dialect, major, earlier, flywayMixed);
  }

  /** The migration scanned comes after these SQL migrations (none: a project's first). */
  public RuleTester after(String... migrations) {
    return new RuleTester(rule, dialect, postgresMajor, List.of(migrations), flywayMixed);
  }

  /** The project sets Flyway's {@code mixed=true}. */
  public RuleTester mixed() {
    return new RuleTester(rule, dialect, postgresMajor, earlier, true);
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
            .map(DangerRule::id)
            .filter(id -> !id.equals(rule.id()))
            .collect(Collectors.toSet());
    try {
      MigrationScanner scanner = new MigrationScanner(dialect, postgresMajor, flywayMixed, others);
      int version = earlier == null ? 9 : earlier.size() + 1;
      Migration scanned = migration(version, language, text);
      if (earlier == null) {
        return alone(scanner, scanned);
      }
      List<Migration> catalog = new ArrayList<>();
      for (int i = 0; i < earlier.size(); i++) {
        catalog.add(migration(i + 1, Migration.Language.SQL, earlier.get(i)));
      }
      catalog.add(scanned);
      return scanner.scan(catalog, List.of(scanned)).get(scanned);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The findings of {@code migration} read on its own, knowing nothing of earlier migrations. */
  static List<Finding> alone(MigrationScanner scanner, Migration migration) {
    return scanner.scan(List.of(), List.of(migration)).get(migration);
  }

  private static Migration migration(int version, Migration.Language language, String text) {
    boolean sql = language == Migration.Language.SQL;
    return new Migration(
        Migration.Type.VERSIONED,
        language,
        Path.of(sql ? "V" + version + "__test.sql" : "V" + version + "__Test.java"),
        MigrationVersion.fromVersion(String.valueOf(version)),
        "test",
        0,
        text);
  }
}
