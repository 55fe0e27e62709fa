package dev.lifeos.maven.migrations.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A column's type as written in a migration, normalized the way PostgreSQL names it: {@code
 * character varying(100)} and {@code VARCHAR(100)} are both {@code varchar(100)}, {@code decimal}
 * is {@code numeric}, {@code timestamp with time zone} is {@code timestamptz}.
 *
 * @param name the normalized name, without schema
 * @param modifiers the numbers in parentheses ({@code varchar(100)}: 100), empty when none
 * @param array whether it is an array of that type
 */
public record ColumnType(String name, List<Integer> modifiers, boolean array) {
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("character varying", "varchar"),
          Map.entry("char varying", "varchar"),
          Map.entry("character", "bpchar"),
          Map.entry("char", "bpchar"),
          Map.entry("bit varying", "varbit"),
          Map.entry("decimal", "numeric"),
          Map.entry("int", "int4"),
          Map.entry("integer", "int4"),
          Map.entry("smallint", "int2"),
          Map.entry("bigint", "int8"),
          Map.entry("boolean", "bool"),
          Map.entry("real", "float4"),
          Map.entry("double precision", "float8"),
          Map.entry("timestamp without time zone", "timestamp"),
          Map.entry("timestamp with time zone", "timestamptz"),
          Map.entry("time without time zone", "time"),
          Map.entry("time with time zone", "timetz"));

  /** The type in tokens [from, to) of {@code statement}, or empty when there is none. */
  public static Optional<ColumnType> parse(SqlStatement statement, int from, int to) {
    List<String> words = new ArrayList<>();
    List<Integer> modifiers = new ArrayList<>();
    boolean array = false;
    for (int i = from; i < to; i++) {
      Token token = statement.get(i);
      if (token.isSymbol('(')) {
        int close = Math.min(statement.closing(i), to);
        for (int j = i + 1; j < close; j++) {
          Token inside = statement.get(j);
          if (inside.type() == Token.Type.NUMBER && inside.text().matches("\\d{1,9}")) {
            modifiers.add(Integer.parseInt(inside.text()));
          } else if (!inside.isSymbol(',')) {
            return Optional.empty(); // interval fields, expressions: not a type we compare
          }
        }
        i = close;
      } else if (token.isSymbol('[') || token.is("ARRAY")) {
        array = true;
      } else if (token.isSymbol('.')) {
        words.clear(); // pg_catalog.varchar: the schema is not part of the name
      } else if (token.isIdentifier()) {
        words.add(token.name().toLowerCase(Locale.ROOT));
      } else if (!token.isSymbol(']') && token.type() != Token.Type.NUMBER) {
        return Optional.empty();
      }
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String name = String.join(" ", words);
    return Optional.of(new ColumnType(SYNONYMS.getOrDefault(name, name), modifiers, array));
  }

  /** {@code varchar(100)}, {@code numeric(12,2)[]}: for messages. */
  public String text() {
    StringBuilder text = new StringBuilder(name);
    if (!modifiers.isEmpty()) {
      text.append('(');
      for (int i = 0; i < modifiers.size(); i++) {
        text.append(i > 0 ? "," : "").append(modifiers.get(i));
      }
      text.append(')');
    }
    return array ? text.append("[]").toString() : text.toString();
  }
}
