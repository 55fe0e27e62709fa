package dev.lifeos.maven.migrations.scan;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression (a column's DEFAULT) is volatile in PostgreSQL's sense: evaluated anew for
 * every row. A function the list below does not know is taken to be volatile, as PostgreSQL takes a
 * function created without a volatility.
 */
public final class PostgresExpressions {
  /** Built-in functions (and SQL keywords written like calls) that are stable or immutable. */
  private static final Set<String> NOT_VOLATILE =
      Set.of(
          "now",
          "current_timestamp",
          "current_date",
          "current_time",
          "localtime",
          "localtimestamp",
          "transaction_timestamp",
          "statement_timestamp",
          "current_user",
          "session_user",
          "current_schema",
          "lower",
          "upper",
          "trim",
          "btrim",
          "ltrim",
          "rtrim",
          "length",
          "concat",
          "concat_ws",
          "coalesce",
          "nullif",
          "greatest",
          "least",
          "abs",
          "round",
          "floor",
          "ceil",
          "trunc",
          "to_char",
          "to_date",
          "to_timestamp",
          "to_number",
          "date_trunc",
          "date_part",
          "extract",
          "make_date",
          "make_time",
          "make_interval",
          "make_timestamp",
          "make_timestamptz",
          "timezone",
          "array",
          "row",
          "cast",
          "md5",
          "encode",
          "decode",
          "left",
          "right",
          "substring",
          "substr",
          "replace",
          "format",
          "jsonb_build_object",
          "jsonb_build_array",
          "json_build_object",
          "json_build_array",
          "to_jsonb",
          "to_json",
          "array_fill");

  private PostgresExpressions() {}

  /**
   * The first call in tokens [from, to) of {@code statement} that is volatile (or not known not to
   * be); empty when there is none. {@code ::type(n)} and {@code CAST(x AS type(n))} are not calls.
   */
  public static Optional<Token> volatileCall(SqlStatement statement, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      Token name = statement.get(i);
      if (!name.isIdentifier() || !statement.get(i + 1).isSymbol('(')) {
        continue;
      }
      Token before = i > from ? statement.get(i - 1) : null;
      boolean type = before != null && (before.isSymbol(':') || before.is("AS"));
      if (!type && !NOT_VOLATILE.contains(name.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
