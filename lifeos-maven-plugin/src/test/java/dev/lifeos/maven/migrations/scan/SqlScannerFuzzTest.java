package dev.lifeos.maven.migrations.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.rules.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Robustness of the SQL tokenizer and the danger scan against hostile input (issue 17): random and
 * mutated migrations, grown from real-looking ones, in a bounded number and time, and nesting
 * 100,000 deep. The scan has no user errors to report (what it cannot read, it reads as the server
 * would, and reports as a finding), so any exception is a defect; so is a hang or a
 * StackOverflowError. The seed is fixed and printed with a failing input; {@code
 * -Dlifeos.fuzz.seed=N} replays another, {@code -Dlifeos.fuzz.inputs=N} changes how many.
 */
class SqlScannerFuzzTest {
  private static final long SEED = Long.getLong("lifeos.fuzz.seed", 20261201L);
  private static final int INPUTS = Integer.getInteger("lifeos.fuzz.inputs", 3000);
  private static final int DEEP = 100_000;

  /** Migrations as real projects write them: the seeds every input grows from. */
  private static final String[] MIGRATIONS = {
    """
    -- V1: accounts
    CREATE TABLE accounts (
      id bigserial PRIMARY KEY,
      name varchar(100) NOT NULL,
      iban text UNIQUE,
      balance numeric(12,2) DEFAULT 0 CHECK (balance >= 0),
      opened_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX accounts_name ON accounts (lower(name));
    COMMENT ON TABLE accounts IS 'one row per account; it''s the ledger''s root';
    """,
    """
    SET lock_timeout = '5s';
    ALTER TABLE accounts ADD COLUMN note text, ALTER COLUMN name TYPE varchar(200);
    ALTER TABLE accounts ADD CONSTRAINT note_len CHECK (length(note) < 500) NOT VALID;
    ALTER TABLE accounts VALIDATE CONSTRAINT note_len;
    UPDATE accounts SET note = E'migrated\\'s' WHERE note IS NULL;
    WITH moved AS (DELETE FROM sessions WHERE expires < now() RETURNING id)
    INSERT INTO audit (id) SELECT id FROM moved;
    """,
    """
    CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
    BEGIN
      NEW.updated_at := now(); -- DROP TABLE in a comment; 'quote
      RETURN NEW;
    END;
    $body$;
    DO $$ BEGIN EXECUTE 'DROP TABLE x'; END $$;
    CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
    /* nested /* comment */ still */ DROP INDEX CONCURRENTLY IF EXISTS accounts_name;
    """,
    """
    BEGIN;
    CREATE TABLE accounts_new (LIKE accounts INCLUDING ALL);
    INSERT INTO accounts_new SELECT * FROM accounts;
    ALTER TABLE accounts RENAME TO accounts_old;
    ALTER TABLE accounts_new RENAME TO accounts;
    DROP TABLE accounts_old, "Weird \"\"Name\"\"";
    COMMIT;
    TRUNCATE ONLY staging CASCADE;
    """,
    """
    package db.migration;
    public class V5__Backfill extends BaseJavaMigration {
      private static final String SQL = "UPDATE accounts SET currency = 'EUR'" + " WHERE id > 0";
      public void migrate(Context context) throws Exception {
        exec(context, SQL);
        exec(context, \"""
            DELETE FROM sessions;
            \""");
      }
      private void exec(Context c, String sql) throws Exception {
        c.getConnection().createStatement().execute(sql); // "execute(" in a comment
      }
    }
    """
  };

  /** Pieces that break or bend SQL and Java lexing, inserted at random places. */
  private static final String[] PIECES = {
    "'",
    "''",
    "\"",
    "`",
    "$$",
    "$body$",
    "$1",
    "$",
    "/*",
    "*/",
    "--",
    "#",
    "\n",
    ";",
    "(",
    ")",
    ",",
    "E'",
    "\\",
    "::",
    "BEGIN",
    "BEGIN ATOMIC",
    "CASE",
    "END",
    "COMMIT",
    "WITH x AS (",
    "UPDATE t SET a = 1",
    "DELETE FROM t",
    "ALTER TABLE t ",
    "ADD COLUMN c int DEFAULT f()",
    "DROP TABLE IF EXISTS t",
    "CREATE TABLE t (a varchar(10))",
    "CREATE INDEX CONCURRENTLY i ON t (a)",
    "RENAME TO u",
    "CHECK (a IS NOT NULL) NOT VALID",
    "VALIDATE CONSTRAINT c",
    "TYPE varchar(20)",
    "SET lock_timeout = '1s'",
    "\u0000",
    "\uD800",
    "\uDC00",
    "é",
    "𝕏",
    " ",
    "execute(\"",
    "exec(c, \"",
    "\"\"\"",
    "{",
    "}",
    "<",
    ">",
    "=",
    "ONLY",
    "IF EXISTS",
    "USING INDEX",
    "::text"
  };

  @Test
  void survivesRandomAndMutatedMigrations() throws Exception {
    Random random = new Random(SEED);
    List<String> earlier = new ArrayList<>();
    MigrationScanner postgres = new MigrationScanner(Dialect.POSTGRESQL, 11, List.of());
    MigrationScanner mysql = new MigrationScanner(Dialect.MYSQL, List.of());
    assertTimeoutPreemptively(
        Duration.ofMinutes(3),
        () -> {
          for (int i = 0; i < INPUTS; i++) {
            String input = random.nextInt(10) == 0 ? random(random) : mutated(random);
            try {
              RuleTester.alone(postgres, migration(i, Migration.Language.SQL, input));
              RuleTester.alone(mysql, migration(i, Migration.Language.SQL, input));
              if (i % 4 == 0) {
                RuleTester.alone(postgres, migration(i, Migration.Language.JAVA, input));
              }
              earlier.add(input);
              if (earlier.size() == 6) {
                List<Migration> catalog = new ArrayList<>();
                for (int j = 0; j < earlier.size(); j++) {
                  catalog.add(
                      migration(
                          j + 1,
                          j == 5 ? Migration.Language.JAVA : Migration.Language.SQL,
                          earlier.get(j)));
                }
                postgres.scan(catalog, catalog);
                earlier.clear();
              }
            } catch (Throwable e) {
              throw new AssertionError(
                  "seed "
                      + SEED
                      + ", input "
                      + i
                      + " (replay: -Dlifeos.fuzz.seed="
                      + SEED
                      + "): "
                      + e
                      + "\n--- input ---\n"
                      + shown(input),
                  e);
            }
          }
        },
        "seed " + SEED + ": the fuzz run did not finish in 3 minutes (a hang?)");
  }

  static List<String> deeplyNested() {
    String open = "(".repeat(DEEP);
    String close = ")".repeat(DEEP);
    return List.of(
        "SELECT " + open + "1" + close + ";",
        "ALTER TABLE accounts ADD CONSTRAINT c CHECK " + open + "balance > 0",
        "CREATE TABLE t (c numeric" + open + ");",
        "ALTER TABLE t ALTER COLUMN c TYPE varchar" + open + "10" + close + " USING " + open + "c",
        "UPDATE t SET a = " + open + "1" + close,
        "WITH a AS (".repeat(DEEP / 4) + "UPDATE t SET x = 1" + ")".repeat(DEEP / 4) + " SELECT 1;",
        "ALTER TABLE t ADD COLUMN c int DEFAULT f" + open + "g(" + close,
        "/*".repeat(DEEP) + "DROP TABLE x;" + "*/".repeat(DEEP - 1),
        "CREATE TABLE t (a int, " + "b int, ".repeat(DEEP) + "c int);",
        ";".repeat(DEEP));
  }

  @ParameterizedTest
  @MethodSource("deeplyNested")
  void survivesNesting100000Deep(String sql) throws Exception {
    MigrationScanner scanner = new MigrationScanner(Dialect.POSTGRESQL, List.of());
    Migration migration = migration(1, Migration.Language.SQL, sql);

    List<Finding> findings =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> scanner.scan(List.of(migration), List.of(migration)).get(migration));

    assertThat(findings).isNotNull();
  }

  @Test
  void survivesJavaNesting100000Deep() throws Exception {
    MigrationScanner scanner = new MigrationScanner(Dialect.POSTGRESQL, List.of());
    for (String java :
        List.of(
            "class V1 { void migrate() { execute("
                + "(".repeat(DEEP)
                + "\"DROP TABLE x\""
                + ")".repeat(DEEP)
                + "); } }",
            "class V1 {" + " void m(String s) { execute(s); }".repeat(DEEP / 10) + "}",
            "{".repeat(DEEP) + "execute(\"DROP TABLE x\")" + "}".repeat(DEEP),
            "exec(".repeat(DEEP))) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(60),
          () -> RuleTester.alone(scanner, migration(1, Migration.Language.JAVA, java)));
    }
  }

  /** A seed migration, mutated one to eight times. */
  private static String mutated(Random random) {
    StringBuilder text = new StringBuilder(MIGRATIONS[random.nextInt(MIGRATIONS.length)]);
    int mutations = 1 + random.nextInt(8);
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(text.length() + 1);
      int end = Math.min(text.length(), at + random.nextInt(40));
      switch (random.nextInt(6)) {
        case 0, 1 -> text.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 2 -> text.delete(at, end);
        case 3 -> text.insert(at, text.substring(at, end));
        case 4 -> text.replace(at, end, PIECES[random.nextInt(PIECES.length)]);
        default -> {
          String other = MIGRATIONS[random.nextInt(MIGRATIONS.length)];
          text.insert(at, other, random.nextInt(other.length()), other.length());
        }
      }
    }
    return random.nextInt(20) == 0
        ? text.substring(0, random.nextInt(text.length() + 1))
        : text.toString();
  }

  /** Pieces and random characters, joined at random. */
  private static String random(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(200);
    for (int i = 0; i < length; i++) {
      text.append(
          random.nextBoolean()
              ? PIECES[random.nextInt(PIECES.length)]
              : String.valueOf((char) random.nextInt(0x3000)));
    }
    return text.toString();
  }

  private static Migration migration(int version, Migration.Language language, String text) {
    boolean sql = language == Migration.Language.SQL;
    return new Migration(
        Migration.Type.VERSIONED,
        language,
        Path.of("V" + version + (sql ? "__fuzz.sql" : "__Fuzz.java")),
        MigrationVersion.fromVersion(String.valueOf(version)),
        "fuzz",
        0,
        text);
  }

  /** The input, escaped so that control characters and lone surrogates print. */
  private static String shown(String input) {
    StringBuilder shown = new StringBuilder();
    for (char c : input.substring(0, Math.min(input.length(), 4000)).toCharArray()) {
      shown.append(
          c == '\n' || (c >= ' ' && !Character.isSurrogate(c))
              ? String.valueOf(c)
              : String.format("\\u%04x", (int) c));
    }
    return shown.toString();
  }
}
