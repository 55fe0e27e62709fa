package dev.lifeos.maven.migrations.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTokenizerTest {
  private static List<String> texts(SqlStatement statement) {
    return statement.tokens().stream().map(Token::text).toList();
  }

  @Test
  void splitsStatementsOnTopLevelSemicolonsOnly() {
    var statements =
        SqlTokenizer.statements(
            "INSERT INTO t VALUES ('a;b', E'c\\';d');\n"
                + "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                + "SELECT \"x;y\" /* ; */ FROM t -- ;\n;");

    assertThat(statements).hasSize(3);
    assertThat(texts(statements.get(0))).contains("'a;b'", "E'c\\';d'");
    assertThat(texts(statements.get(1))).contains("$$ SELECT 1; $$");
  }

  @Test
  void nestedBlockCommentsEndAtTheirOwnClose() {
    var statements = SqlTokenizer.statements("/* a /* b */ still comment */ SELECT 1;");

    assertThat(texts(statements.get(0))).containsExactly("SELECT", "1");
  }

  @Test
  void taggedDollarQuotesMayContainOtherDollarQuotes() {
    var statements =
        SqlTokenizer.statements("DO $outer$ BEGIN EXECUTE $$DROP TABLE x$$; END $outer$;");

    assertThat(statements)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.size()).isEqualTo(2);
              assertThat(s.get(1).type()).isEqualTo(Token.Type.STRING);
            });
  }

  @Test
  void positionalParametersAreNotDollarQuotes() {
    var statements = SqlTokenizer.statements("PREPARE p AS SELECT $1; DROP TABLE x;");

    assertThat(statements).hasSize(2);
  }

  @Test
  void tracksLineAndColumnAcrossMultiLineLiteralsAndComments() {
    var statements = SqlTokenizer.statements("SELECT 'a\nb' /* c\nd */,\n   e\n  FROM t;");
    Token e = statements.get(0).get(3);

    assertThat(e.text()).isEqualTo("e");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(4);
  }

  @Test
  void quotedIdentifiersAreNeverKeywords() {
    var statement = SqlTokenizer.statements("DROP \"TABLE\" x").get(0);

    assertThat(statement.startsWith("DROP", "TABLE")).isFalse();
    assertThat(statement.get(1).name()).isEqualTo("TABLE");
  }

  @Test
  void skippedStatementsEndAtTheirOwnSemicolonAndKeepLinesRight() {
    var statements =
        SqlTokenizer.statements(
            "INSERT INTO t VALUES ('a;\nb', E'c\\';d', $$;\n$$); -- ;\n/* ;\n */ INSERT INTO u VALUES (\"x;\");\n"
                + "  DROP TABLE x;",
            verb -> !verb.is("INSERT"));

    assertThat(statements)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.startsWith("DROP", "TABLE")).isTrue();
              assertThat(s.get(0).line()).isEqualTo(6);
              assertThat(s.get(0).column()).isEqualTo(3);
            });
  }

  @Test
  void unterminatedStringRunsToTheEnd() {
    var statements = SqlTokenizer.statements("SELECT 'open; DROP TABLE x;");

    assertThat(statements).singleElement().satisfies(s -> assertThat(s.size()).isEqualTo(2));
  }

  private static TokenizedSql tokenize(String sql) {
    return SqlTokenizer.tokenize(sql, Dialect.POSTGRESQL, verb -> true);
  }

  @Test
  void reportsAnUnterminatedBlockCommentAtTheLineWhereItOpens() {
    var script = tokenize("CREATE TABLE a (id int);\n  /* old:\n DROP TABLE accounts;\n");

    assertThat(script.statements()).hasSize(1);
    assertThat(script.unterminated())
        .contains(new TokenizedSql.Unterminated("block comment", "/*", 2, 3));
  }

  @Test
  void reportsANestedCommentThatIsClosedOnlyOnce() {
    assertThat(tokenize("/* a /* b */ DROP TABLE accounts;").unterminated())
        .hasValueSatisfying(u -> assertThat(u.line()).isEqualTo(1));
  }

  @Test
  void reportsUnterminatedStringsIdentifiersAndDollarQuotes() {
    assertThat(tokenize("SELECT 1;\nINSERT INTO t VALUES ('it's');").unterminated())
        .contains(new TokenizedSql.Unterminated("string", "'", 2, 28));
    assertThat(tokenize("SELECT E'a\\';").unterminated())
        .contains(new TokenizedSql.Unterminated("string", "E'", 1, 8));
    assertThat(tokenize("SELECT \"open FROM t;").unterminated())
        .hasValueSatisfying(u -> assertThat(u.what()).isEqualTo("quoted identifier"));
    assertThat(tokenize("DO $body$ BEGIN\n DROP TABLE x;\nEND $$;").unterminated())
        .contains(new TokenizedSql.Unterminated("dollar-quoted string", "$body$", 1, 4));
  }

  @Test
  void reportsNothingForClosedComments() {
    var script =
        tokenize("/* a /* b */ c */ SELECT 'x''y', $$z$$, \"q\"\"r\"; -- /* not a comment start");

    assertThat(script.unterminated()).isEmpty();
    assertThat(script.statementCount()).isEqualTo(1);
  }

  @Test
  void countsSkippedStatementsToo() {
    var script =
        SqlTokenizer.tokenize(
            "INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); DROP TABLE x;;",
            Dialect.POSTGRESQL,
            verb -> !verb.is("INSERT"));

    assertThat(script.statements()).hasSize(1);
    assertThat(script.statementCount()).isEqualTo(3);
    assertThat(tokenize("-- nothing\n/* here */ ;").statementCount()).isZero();
  }

  @Test
  void keepsTheBodyOfASqlStandardFunctionInOneStatement() {
    var statements =
        SqlTokenizer.statements(
            """
            CREATE FUNCTION total(a int) RETURNS int LANGUAGE sql
            BEGIN ATOMIC
              UPDATE t SET n = CASE WHEN a > 0 THEN a ELSE 0 END;
              SELECT a + 1;
            END;
            DROP TABLE x;
            """);

    assertThat(statements).hasSize(2);
    assertThat(statements.get(1).startsWith("DROP", "TABLE")).isTrue();
  }

  @Test
  void readsMysqlEscapesAndHashComments() {
    var script =
        SqlTokenizer.tokenize(
            "INSERT INTO t VALUES ('it\\'s; fine', \"a\\\"b\"); # DROP TABLE x;\nSELECT 1;",
            Dialect.MYSQL,
            verb -> true);

    assertThat(script.unterminated()).isEmpty();
    assertThat(script.statements()).hasSize(2);
    assertThat(script.statements().get(1).startsWith("SELECT")).isTrue();
  }

  @Test
  void placesEmbeddedSqlAtItsPositionInTheFile() {
    var statement =
        SqlTokenizer.tokenize("DROP\n  TABLE x", Dialect.POSTGRESQL, verb -> true, 7, 20)
            .statements()
            .get(0);

    assertThat(statement.get(0).line()).isEqualTo(7);
    assertThat(statement.get(0).column()).isEqualTo(20);
    assertThat(statement.get(1).line()).isEqualTo(8);
    assertThat(statement.get(1).column()).isEqualTo(3);
  }
}
