package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.rules.Severity;
import dev.lifeos.maven.support.GateFailure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the enabled rules for a dialect over migrations: SQL statement by statement, then the whole
 * script; Java as tokens, and the SQL its string literals hold statement by statement.
 *
 * <p>Given the project's migrations, it replays them in Flyway's order, so each one is judged
 * against the schema the earlier ones left: a {@code varchar} widened, a table no migration
 * created, a CHECK validated two migrations ago. A migration scanned alone is judged as if anything
 * could already exist.
 */
public final class MigrationScanner {
  /**
   * The PostgreSQL major assumed when none is given: the embedded PostgreSQL that check-migrations
   * applies to by default.
   */
  public static final int DEFAULT_POSTGRES_MAJOR = 14;

  /** Verbs of the statements that change what {@link Schema} records. */
  private static final Set<String> SCHEMA_VERBS = Set.of("CREATE", "ALTER", "DROP", "RENAME");

  private final Dialect dialect;
  private final int postgresMajor;
  private final boolean flywayMixed;
  private final List<SqlRule> sqlRules = new ArrayList<>();
  private final List<JavaRule> javaRules = new ArrayList<>();
  private final List<TraceRule> traceRules = new ArrayList<>();
  private final Set<String> verbs = new HashSet<>(SCHEMA_VERBS);

  /** Rules for {@code dialect}, PostgreSQL taken to be {@link #DEFAULT_POSTGRES_MAJOR}. */
  public MigrationScanner(Dialect dialect, Collection<String> disabledRules) throws GateFailure {
    this(dialect, DEFAULT_POSTGRES_MAJOR, disabledRules);
  }

  /**
   * @param postgresMajor the PostgreSQL major the migrations run on (some advice depends on it)
   * @param disabledRules rule ids to leave out; an unknown id fails, so a typo cannot silently keep
   *     a rule on
   */
  public MigrationScanner(Dialect dialect, int postgresMajor, Collection<String> disabledRules)
      throws GateFailure {
    this(dialect, postgresMajor, false, disabledRules);
  }

  /**
   * @param flywayMixed the project's Flyway {@code mixed} setting: a CONCURRENTLY statement mixed
   *     with transactional ones is then the project's choice, reported as a notice
   */
  public MigrationScanner(
      Dialect dialect, int postgresMajor, boolean flywayMixed, Collection<String> disabledRules)
      throws GateFailure {
    this.dialect = dialect;
    this.postgresMajor = postgresMajor;
    this.flywayMixed = flywayMixed;
    Set<String> known = Rules.all().stream().map(DangerRule::id).collect(Collectors.toSet());
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
    for (DangerRule rule : Rules.all()) {
      if (disabledRules.contains(rule.id()) || !rule.appliesTo(dialect)) {
        continue;
      }
      if (rule instanceof SqlRule sql) {
        sqlRules.add(sql);
        verbs.addAll(sql.verbs());
      } else if (rule instanceof JavaRule java) {
        javaRules.add(java);
      } else if (rule instanceof TraceRule trace) {
        traceRules.add(trace);
      }
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  public int postgresMajor() {
    return postgresMajor;
  }

  /** The enabled rules over the lock trace (none unless the dialect is PostgreSQL). */
  public List<TraceRule> traceRules() {
    return List.copyOf(traceRules);
  }

  /**
   * The findings of each of {@code scanned}, judged after replaying every migration of {@code
   * catalog} before it (in Flyway's order). A scanned migration not in the catalog comes last. With
   * no catalog the earlier migrations are unknown, and each scanned one is judged as if anything
   * could already exist (a migration read on its own).
   */
  public Map<Migration, List<Finding>> scan(
      Collection<Migration> catalog, Collection<Migration> scanned) {
    List<Migration> order = new ArrayList<>(catalog);
    order.sort(Migration.FLYWAY_ORDER);
    Set<Migration> known = new HashSet<>(catalog);
    scanned.stream().filter(m -> !known.contains(m)).forEach(order::add);
    List<Parsed> parsed = order.parallelStream().map(this::parse).toList();
    Map<Migration, List<Finding>> all = replay(parsed, Set.copyOf(scanned), !catalog.isEmpty());
    Map<Migration, List<Finding>> found = new LinkedHashMap<>();
    scanned.forEach(m -> found.put(m, all.get(m)));
    return found;
  }

  /**
   * Fails when any of {@code found} is an {@link Severity#ERROR}: SQL that would never run, which
   * no approval lets through. run-migrations calls it before it changes anything.
   */
  public static void refuseErrors(Map<Migration, List<Finding>> found) throws GateFailure {
    List<String> errors =
        found.values().stream()
            .flatMap(List::stream)
            .filter(f -> f.severity() == Severity.ERROR)
            .map(
                f ->
                    f.file().getFileName()
                        + ":"
                        + f.line()
                        + " ["
                        + f.rule().id()
                        + "] "
                        + f.message()
                        + " Fix: "
                        + f.fix())
            .toList();
    if (!errors.isEmpty()) {
      throw new GateFailure(
          "Refusing to migrate: SQL in the pending migrations would never run, and Flyway would"
              + " record it as applied. Nothing was changed.\n  "
              + String.join("\n  ", errors));
    }
  }

  /** A migration tokenized: its script (SQL), or its tokens and the SQL in them (Java). */
  private record Parsed(
      Migration migration,
      Optional<TokenizedSql> script,
      List<JavaTokenizer.Token> javaTokens,
      List<SqlStatement> statements) {}

  private Parsed parse(Migration migration) {
    if (migration.language() == Migration.Language.JAVA) {
      List<JavaTokenizer.Token> tokens = JavaTokenizer.tokens(migration.text());
      List<SqlStatement> statements = new ArrayList<>();
      for (JavaSql.Embedded sql : JavaSql.of(tokens)) {
        statements.addAll(
            SqlTokenizer.tokenize(sql.sql(), dialect, this::wanted, sql.line(), sql.column())
                .statements());
      }
      return new Parsed(migration, Optional.empty(), tokens, statements);
    }
    TokenizedSql script = SqlTokenizer.tokenize(migration.text(), dialect, this::wanted);
    return new Parsed(migration, Optional.of(script), List.of(), script.statements());
  }

  private boolean wanted(Token verb) {
    return verbs.contains(verb.text().toUpperCase(Locale.ROOT));
  }

  /** Runs the rules over {@code scanned}, tracking the schema through every migration. */
  private Map<Migration, List<Finding>> replay(
      List<Parsed> migrations, Set<Migration> scanned, boolean historyKnown) {
    Schema schema = new Schema();
    Map<Migration, List<Finding>> found = new LinkedHashMap<>();
    for (int i = 0; i < migrations.size(); i++) {
      Parsed parsed = migrations.get(i);
      boolean report = scanned.contains(parsed.migration());
      List<Finding> list = new ArrayList<>();
      Findings findings = new Findings(parsed.migration().file(), list);
      ScanContext context =
          new ScanContext(
              dialect, postgresMajor, flywayMixed, schema, i, historyKnown, parsed.script());
      for (SqlStatement statement : parsed.statements()) {
        if (report) {
          for (SqlRule rule : sqlRules) {
            rule.check(statement, context, findings.forRule(rule));
          }
        }
        context.track(statement);
      }
      if (report) {
        parsed
            .script()
            .ifPresent(s -> sqlRules.forEach(r -> r.finish(context, findings.forRule(r))));
        if (parsed.migration().language() == Migration.Language.JAVA) {
          javaRules.forEach(r -> r.check(parsed.javaTokens(), findings.forRule(r)));
        }
        found.put(parsed.migration(), list);
      }
    }
    return found;
  }
}
