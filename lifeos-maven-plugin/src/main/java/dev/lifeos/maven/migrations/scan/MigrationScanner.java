package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.support.GateFailure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the enabled rules for a dialect over migrations: SQL statement by statement, Java whole. */
public final class MigrationScanner {
  private final Dialect dialect;
  private final List<SqlRule> sqlRules = new ArrayList<>();
  private final List<JavaRule> javaRules = new ArrayList<>();

  /** Verbs some rule looks at, plus CREATE, which tells the context which tables are new. */
  private final Set<String> verbs = new java.util.HashSet<>(Set.of("CREATE"));

  /**
   * @param disabledRules rule ids to leave out; an unknown id fails, so a typo cannot silently keep
   *     a rule on
   */
  public MigrationScanner(Dialect dialect, Collection<String> disabledRules) throws GateFailure {
    this.dialect = dialect;
    Set<String> known = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
    for (String id : disabledRules) {
      if (!known.contains(id)) {
        throw new GateFailure(
            "Unknown rule '"
                + id
                + "' in lifeos.migrations.disabledRules. Rules: "
                + String.join(", ", known.stream().sorted().toList())
                + ".");
      }
    }
    for (Rule rule : Rules.all()) {
      if (disabledRules.contains(rule.id()) || !rule.appliesTo(dialect)) {
        continue;
      }
      if (rule instanceof SqlRule sql) {
        sqlRules.add(sql);
        verbs.addAll(sql.verbs());
      } else if (rule instanceof JavaRule java) {
        javaRules.add(java);
      }
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  public List<Finding> scan(Migration migration) {
    List<Finding> found = new ArrayList<>();
    Findings findings = new Findings(migration.file(), found);
    if (migration.language() == Migration.Language.JAVA) {
      List<JavaTokenizer.Token> tokens = JavaTokenizer.tokens(migration.text());
      for (JavaRule rule : javaRules) {
        rule.check(tokens, findings.forRule(rule));
      }
      return found;
    }
    ScanContext context = new ScanContext(dialect);
    for (SqlStatement statement :
        SqlTokenizer.statements(
            migration.text(),
            verb -> verbs.contains(verb.text().toUpperCase(java.util.Locale.ROOT)))) {
      for (SqlRule rule : sqlRules) {
        rule.check(statement, context, findings.forRule(rule));
      }
      SqlSyntax.createdTable(statement).ifPresent(table -> context.tableCreated(table.name()));
    }
    return found;
  }
}
