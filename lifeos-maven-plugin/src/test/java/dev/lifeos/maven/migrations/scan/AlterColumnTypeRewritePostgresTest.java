package dev.lifeos.maven.migrations.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.rules.AlterColumnTypeRule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * alter-column-type is silent exactly when PostgreSQL neither rewrites the table nor rebuilds the
 * column's index: each change runs on a real PostgreSQL (zonky's, the default major), and the
 * {@code relfilenode} of the table and of its index, which a rewrite or rebuild replaces, is
 * compared before and after.
 */
class AlterColumnTypeRewritePostgresTest {
  private static EmbeddedPostgres postgres;
  private static int tables;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // silent: no rewrite, index kept
        "varchar(10)          | varchar(20)                |",
        "varchar(10)          | varchar                    |",
        "varchar(10)          | text                       |",
        "character varying(10)| text                       |",
        "text                 | varchar                    |",
        "text                 | character varying          |",
        "varchar(10)          | varchar(10)                |",
        "numeric(10,2)        | numeric(12,2)              |",
        "numeric(10,2)        | numeric                    |",
        "decimal(10,2)        | numeric(14,2)              |",
        "varbit(5)            | varbit(10)                 |",
        "timestamp(3)         | timestamp(6)               |",
        "timestamp(3)         | timestamp                  |",
        "timestamp            | timestamp(6)               |",
        "timestamptz(0)       | timestamptz(3)             |",
        "time(2)              | time(4)                    |",
        "cidr                 | inet                       |",
        "text                 | text                       | USING c::text",
        "varchar(10)          | text                       | USING c",
        // flagged: PostgreSQL rewrites the table or rebuilds the index
        "varchar(20)          | varchar(10)                |",
        "text                 | varchar(10)                |",
        "varchar              | varchar(10)                |",
        "numeric(10,2)        | numeric(10,4)              |",
        "numeric              | numeric(10,2)              |",
        "integer              | bigint                     |",
        "timestamp(6)         | timestamp(3)               |",
        "char(5)              | char(10)                   |",
        "text                 | text COLLATE \"C\"         |",
        "varchar(10)          | text                       | USING upper(c)",
      })
  void isSilentExactlyWhenPostgresqlKeepsTheTableAndItsIndex(
      String before, String after, String using) throws Exception {
    String table = "t" + ++tables;
    String alter =
        "ALTER TABLE "
            + table
            + " ALTER COLUMN c TYPE "
            + after
            + (using == null ? "" : " " + using);
    boolean silent =
        RuleTester.of(new AlterColumnTypeRule())
            .after("CREATE TABLE " + table + " (id int, c " + before + ");")
            .sql(alter + ";")
            .isEmpty();

    boolean rewrites;
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + table + " (id int, c " + before + ")");
      statement.execute("CREATE INDEX " + table + "_c ON " + table + " (c)");
      statement.execute("INSERT INTO " + table + " (id) VALUES (1)");
      String files = files(statement, table);
      statement.execute(alter);
      rewrites = !files.equals(files(statement, table));
    }

    assertThat(silent)
        .as("rule silent, while PostgreSQL rewrites: " + rewrites)
        .isNotEqualTo(rewrites);
  }

  /** The relfilenode of the table and of its index: a rewrite or a rebuild gives a new one. */
  private static String files(Statement statement, String table) throws Exception {
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT string_agg(relname || '=' || relfilenode, ',' ORDER BY relname) FROM pg_class"
                + " WHERE relname IN ('"
                + table
                + "', '"
                + table
                + "_c')")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
