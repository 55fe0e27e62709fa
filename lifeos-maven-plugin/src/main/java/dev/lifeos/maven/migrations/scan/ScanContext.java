package dev.lifeos.maven.migrations.scan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule may know beyond one statement: the target dialect and PostgreSQL major, the schema
 * that the earlier migrations left (when the scan read them), and what this migration did before
 * the statement: tables it created, a {@code BEGIN} it opened, a {@code lock_timeout} it set.
 * Operations on a table created in the same migration are harmless (nobody reads it yet, it has no
 * rows to lock or rewrite), so rules about existing data skip them, as Squawk does for indexes; the
 * exemption follows the table through {@code RENAME TO}.
 */
public final class ScanContext {
  private final Dialect dialect;
  private final int postgresMajor;
  private final boolean flywayMixed;
  private final Schema schema;
  private final int migration;
  private final boolean historyKnown;
  private final Optional<TokenizedSql> script;
  private final Map<String, Token> notValidHere = new HashMap<>();
  private final Set<String> indexesHere = new HashSet<>();
  private final Set<DangerRule> reported = new HashSet<>();
  private boolean lockTimeoutSet;
  private Token openTransaction;

  ScanContext(
      Dialect dialect,
      int postgresMajor,
      boolean flywayMixed,
      Schema schema,
      int migration,
      boolean historyKnown,
      Optional<TokenizedSql> script) {
    this.dialect = dialect;
    this.postgresMajor = postgresMajor;
    this.flywayMixed = flywayMixed;
    this.schema = schema;
    this.migration = migration;
    this.historyKnown = historyKnown;
    this.script = script;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The PostgreSQL major the migrations run on (rules whose advice changes with it ask). */
  public int postgresMajor() {
    return postgresMajor;
  }

  /**
   * Flyway's {@code mixed}: a migration may mix statements that must run outside a transaction with
   * transactional ones, and Flyway then runs the whole migration without one.
   */
  public boolean flywayMixed() {
    return flywayMixed;
  }

  /** {@code table} (as {@link Token#name()} gives it, schema left out) was created earlier here. */
  public boolean createdHere(String table) {
    return schema.table(table).filter(t -> t.createdIn == migration).isPresent();
  }

  /**
   * {@code table} may exist before this statement: an earlier migration created it, or the scan
   * does not know the earlier migrations (it read this one alone).
   */
  public boolean mayExist(String table) {
    return !historyKnown || schema.table(table).isPresent();
  }

  /** The type of {@code table.column} as the migrations so far declared it, when they did. */
  public Optional<ColumnType> columnType(String table, String column) {
    return column(table, column).map(Schema.Column::type);
  }

  /** {@code table.column} was declared NOT NULL (or PRIMARY KEY) and still is. */
  public boolean declaredNotNull(String table, String column) {
    return column(table, column).filter(Schema.Column::notNull).isPresent();
  }

  /** A validated {@code CHECK (column IS NOT NULL)} is on {@code table}. */
  public boolean validatedNotNullCheck(String table, String column) {
    return schema.table(table).stream()
        .flatMap(t -> t.checks.values().stream())
        .anyMatch(check -> check.validated() && column.equals(check.notNullColumn()));
  }

  /** The index was created in this migration, or is on a table created in this migration. */
  public boolean indexCreatedHere(String index) {
    return indexesHere.contains(index)
        || schema.indexTable(index).filter(this::createdHere).isPresent();
  }

  /**
   * {@code action} is {@code VALIDATE CONSTRAINT c} of a {@code kind} constraint ({@code CHECK},
   * {@code FOREIGN}) that this migration added {@code NOT VALID} to {@code alter}'s table: its
   * transaction still holds the lock the ADD took.
   */
  public boolean validatesWhatItAddedNotValid(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, String kind) {
    return SqlSyntax.validatedConstraint(action)
        .map(name -> notValidHere.get(alter.table().name() + "." + name.name()))
        .filter(added -> added.is(kind))
        .isPresent();
  }

  /** A {@code SET lock_timeout} (not 0) ran earlier in this migration. */
  public boolean lockTimeoutSet() {
    return lockTimeoutSet;
  }

  /** The {@code BEGIN} of an explicit transaction still open at this statement. */
  public Optional<Token> openTransaction() {
    return Optional.ofNullable(openTransaction);
  }

  /** The whole SQL script, for rules about the file (empty for SQL run by a Java migration). */
  public Optional<TokenizedSql> script() {
    return script;
  }

  /** True the first time a rule asks in this migration: for findings reported once per file. */
  public boolean firstTime(DangerRule rule) {
    return reported.add(rule);
  }

  /** Records what {@code statement} did, after the rules have seen it. */
  void track(SqlStatement statement) {
    SqlSyntax.alterTable(statement)
        .ifPresent(
            alter ->
                alter.actions().stream()
                    .map(SqlSyntax::addedConstraint)
                    .flatMap(Optional::stream)
                    .filter(c -> c.notValid() && c.name() != null)
                    .forEach(
                        c ->
                            notValidHere.put(
                                alter.table().name() + "." + c.name().name(), c.kind())));
    SqlSyntax.createdIndex(statement)
        .filter(index -> index.index() != null)
        .ifPresent(index -> indexesHere.add(index.index().name()));
    switch (SqlSyntax.transactionControl(statement)) {
      case BEGIN -> openTransaction = statement.get(0);
      case END -> openTransaction = null;
      case NONE -> trackLockTimeout(statement);
    }
    schema.track(statement, migration);
  }

  /** {@code SET [SESSION|LOCAL] lock_timeout = v}, {@code RESET lock_timeout}, set_config. */
  private void trackLockTimeout(SqlStatement statement) {
    int i = SqlSyntax.skip(statement, SqlSyntax.skip(statement, 1, "SESSION"), "LOCAL");
    if (statement.startsWith("SET") && statement.hasWordsAt(i, "lock_timeout")) {
      int value = i + 1 < statement.size() && statement.get(i + 1).is("TO") ? i + 2 : i + 1;
      value += value < statement.size() && statement.get(value).isSymbol('=') ? 1 : 0;
      lockTimeoutSet = value < statement.size() && !disables(statement.get(value));
    } else if (statement.startsWith("RESET", "lock_timeout")
        || statement.startsWith("RESET", "ALL")) {
      lockTimeoutSet = false;
    } else if (statement.startsWith("SELECT")) {
      for (int j = 0; j + 4 < statement.size(); j++) {
        if (statement.get(j).is("set_config")
            && statement.get(j + 2).text().equalsIgnoreCase("'lock_timeout'")) {
          lockTimeoutSet = !disables(statement.get(j + 4));
        }
      }
    }
  }

  /** {@code 0}, {@code '0'}, {@code DEFAULT}: no timeout. */
  private static boolean disables(Token value) {
    String text = value.text().replace("'", "").trim();
    return text.equals("0") || value.is("DEFAULT");
  }

  private Optional<Schema.Column> column(String table, String column) {
    return schema.table(table).map(t -> t.columns.get(column));
  }
}
