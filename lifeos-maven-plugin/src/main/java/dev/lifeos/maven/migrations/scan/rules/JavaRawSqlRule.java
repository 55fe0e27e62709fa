package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.JavaRule;
import dev.lifeos.maven.migrations.scan.JavaTokenizer.Token;
import java.util.List;
import java.util.Set;

/**
 * A Java migration that runs SQL by hand: a call of {@code execute(}, {@code executeUpdate(},
 * {@code executeLargeUpdate(}, {@code update(}, {@code batchUpdate(} or {@code addBatch(} (JDBC and
 * Spring's JdbcTemplate). A method declared with one of these names is not a call; neither is the
 * name in a comment or a string.
 */
public final class JavaRawSqlRule implements JavaRule {
  private static final Set<String> SQL_METHODS =
      Set.of("execute", "executeUpdate", "executeLargeUpdate", "update", "batchUpdate", "addBatch");

  /** Keywords after which a name followed by {@code (} is a call, not a declaration. */
  private static final Set<String> BEFORE_CALL = Set.of("return", "else", "throw", "yield", "do");

  @Override
  public String id() {
    return "java-raw-sql";
  }

  @Override
  public String title() {
    return "Raw SQL in a Java migration";
  }

  @Override
  public String why() {
    return "A Java migration that executes SQL strings hides them from every SQL rule: the"
        + " statements are built at run time, so a DROP or an UPDATE without WHERE in them is only"
        + " seen by a person reading the code.";
  }

  @Override
  public String fix() {
    return "Put the SQL in a .sql migration where it is checked; keep Java migrations for logic"
        + " SQL cannot express, and have the DB team review them.";
  }

  @Override
  public void check(List<Token> tokens, Findings findings) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token name = tokens.get(i);
      if (!name.isWord()
          || !SQL_METHODS.contains(name.text())
          || !tokens.get(i + 1).isSymbol('(')) {
        continue;
      }
      if (i > 0 && tokens.get(i - 1).isWord() && !BEFORE_CALL.contains(tokens.get(i - 1).text())) {
        continue; // "void update(" or "int execute(": a declaration, not a call
      }
      findings.add(
          name.line(),
          name.column(),
          name.text() + "(...) runs SQL built in Java, which no SQL rule can read.");
    }
  }
}
