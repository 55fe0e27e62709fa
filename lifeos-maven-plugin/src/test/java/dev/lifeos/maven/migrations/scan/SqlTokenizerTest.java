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
}
