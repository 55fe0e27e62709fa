package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.migrations.scan.JavaTokenizer.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL a Java migration runs from string literals, so the SQL rules can read it: the first
 * argument of a JDBC or JdbcTemplate call ({@code statement.execute("...")}), and the arguments of
 * the class's own helper methods that pass one of their parameters on to such a call ({@code
 * private void exec(Context c, String sql) { ...execute(sql); }} called as {@code exec(context,
 * "DROP TABLE x")}), through any number of helpers. An argument counts when it is a literal, a
 * concatenation of literals, or a name that was assigned one. SQL built at run time stays unread:
 * {@code java-raw-sql} is what makes a person read it.
 */
final class JavaSql {
  /** Methods of JDBC and Spring's JdbcTemplate whose first argument is SQL. */
  static final Set<String> SQL_METHODS =
      Set.of(
          "execute",
          "executeUpdate",
          "executeLargeUpdate",
          "update",
          "batchUpdate",
          "addBatch",
          "prepareStatement",
          "prepareCall");

  /** Words before a name and its {@code (} that make it a call, not a declaration. */
  static final Set<String> BEFORE_CALL = Set.of("return", "else", "throw", "yield", "do", "new");

  private static final Set<String> NOT_A_METHOD =
      Set.of("if", "for", "while", "switch", "catch", "synchronized", "try", "return");

  /** Helper chains longer than this are not followed (nobody writes them; it bounds the work). */
  private static final int HELPER_DEPTH = 8;

  /** SQL found in string literals, placed where its text starts in the Java file. */
  record Embedded(String sql, int line, int column) {}

  /** A method declared in a class: its name, its parameters' names, its body's tokens. */
  private record Method(String name, List<String> parameters, int bodyFrom, int bodyTo) {}

  private final List<Token> tokens;

  /** For each ( and {, the index of its closing ) or } (the end when there is none). */
  private final int[] closing;

  private final List<Method> methods = new ArrayList<>();
  private final Set<Integer> declarations = new HashSet<>();
  private final Map<String, List<List<Token>>> assignments = new HashMap<>();

  private JavaSql(List<Token> tokens) {
    this.tokens = tokens;
    this.closing = new int[tokens.size()];
    Arrays.fill(closing, tokens.size());
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isSymbol('(') || token.isSymbol('{')) {
        open.push(i);
      } else if ((token.isSymbol(')') || token.isSymbol('}')) && !open.isEmpty()) {
        closing[open.pop()] = i;
      }
    }
  }

  /** The SQL of {@code tokens}' calls, in source order, each literal once. */
  static List<Embedded> of(List<Token> tokens) {
    return new JavaSql(tokens).find();
  }

  private List<Embedded> find() {
    readDeclarations();
    Map<String, Set<Integer>> helpers = helpers();
    Set<Embedded> found = new LinkedHashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      for (List<Token> argument : sqlArguments(i, helpers)) {
        literals(argument).forEach(literal -> found.add(embedded(literal)));
      }
    }
    return found.stream()
        .sorted(Comparator.comparingInt(Embedded::line).thenComparingInt(Embedded::column))
        .toList();
  }

  /**
   * The arguments of the call at {@code i} that are SQL: the first of a JDBC call, those a helper
   * passes on; none when {@code i} is not a call of either.
   */
  private List<List<Token>> sqlArguments(int i, Map<String, Set<Integer>> helpers) {
    Token name = tokens.get(i);
    if (!name.isWord() || !tokens.get(i + 1).isSymbol('(') || declarations.contains(i)) {
      return List.of();
    }
    if (i > 0 && tokens.get(i - 1).isWord() && !BEFORE_CALL.contains(tokens.get(i - 1).text())) {
      return List.of(); // "void update(" or "int execute(": a declaration
    }
    Set<Integer> indexes =
        SQL_METHODS.contains(name.text()) ? Set.of(0) : helpers.getOrDefault(name.text(), Set.of());
    if (indexes.isEmpty()) {
      return List.of();
    }
    List<List<Token>> arguments = split(i + 2, closing[i + 1], false);
    List<List<Token>> sql = new ArrayList<>();
    for (int index : indexes) {
      if (index < arguments.size()) {
        sql.add(arguments.get(index));
      }
    }
    return sql;
  }

  /**
   * Helper methods: name to the indexes of the parameters that reach a JDBC call, directly or
   * through other helpers.
   */
  private Map<String, Set<Integer>> helpers() {
    Map<String, Set<Integer>> helpers = new HashMap<>();
    boolean changed = true;
    for (int round = 0; changed && round < HELPER_DEPTH; round++) {
      changed = false;
      for (Method method : methods) {
        for (int i = method.bodyFrom(); i + 1 < method.bodyTo(); i++) {
          for (List<Token> argument : sqlArguments(i, helpers)) {
            for (Token token : argument) {
              int parameter = token.isWord() ? method.parameters().indexOf(token.text()) : -1;
              changed |=
                  parameter >= 0
                      && helpers
                          .computeIfAbsent(method.name(), m -> new HashSet<>())
                          .add(parameter);
            }
          }
        }
      }
    }
    return helpers;
  }

  /**
   * Methods declared in a class body ({@code name(params) [throws ...] {}) and assignments of
   * literals ({@code String sql = "..." + "...";}).
   */
  private void readDeclarations() {
    int braces = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token token = tokens.get(i);
      braces += token.isSymbol('{') ? 1 : token.isSymbol('}') ? -1 : 0;
      if (i == 0 || !token.isWord()) {
        continue;
      }
      Token next = tokens.get(i + 1);
      if (next.isSymbol('(') && braces <= 2 && isDeclaredType(tokens.get(i - 1), token)) {
        int close = closing[i + 1];
        int body = close + 1;
        while (body < tokens.size()
            && (tokens.get(body).isWord()
                || tokens.get(body).isSymbol(',')
                || tokens.get(body).isSymbol('.'))) {
          body++; // throws A, b.C
        }
        if (body < tokens.size() && tokens.get(body).isSymbol('{')) {
          declarations.add(i);
          methods.add(new Method(token.text(), parameters(i + 2, close), body + 1, closing[body]));
        }
      } else if (next.isSymbol('=') && i + 2 < tokens.size() && !tokens.get(i + 2).isSymbol('=')) {
        int end = i + 2;
        while (end < tokens.size()
            && !tokens.get(end).isSymbol(';')
            && !tokens.get(end).isSymbol(',')) {
          end++;
        }
        assignments
            .computeIfAbsent(token.text(), n -> new ArrayList<>())
            .add(tokens.subList(i + 2, end));
      }
    }
  }

  /** {@code before name(}: a return type (a word, {@code >} or {@code ]}) before a method name. */
  private static boolean isDeclaredType(Token before, Token name) {
    if (NOT_A_METHOD.contains(name.text())) {
      return false;
    }
    return (before.isWord() && !BEFORE_CALL.contains(before.text()))
        || before.isSymbol('>')
        || before.isSymbol(']');
  }

  /** The parameter names in [from, to): the last word of each comma-separated declaration. */
  private List<String> parameters(int from, int to) {
    List<String> names = new ArrayList<>();
    for (List<Token> parameter : split(from, to, true)) {
      for (int j = parameter.size() - 1; j >= 0; j--) {
        if (parameter.get(j).isWord()) {
          names.add(parameter.get(j).text());
          break;
        }
      }
    }
    return names;
  }

  /**
   * Tokens [from, to) split at commas outside brackets (and, for declarations, generics); a
   * bracketed part is jumped over whole, so nested calls cost nothing.
   */
  private List<List<Token>> split(int from, int to, boolean generics) {
    List<List<Token>> parts = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.isSymbol('(') || token.isSymbol('{')) {
        i = Math.min(closing[i], to);
      } else if (token.isSymbol('[') || (generics && token.isSymbol('<'))) {
        depth++;
      } else if (token.isSymbol(']') || (generics && token.isSymbol('>'))) {
        depth--;
      } else if (depth == 0 && token.isSymbol(',')) {
        parts.add(tokens.subList(start, i));
        start = i + 1;
      }
    }
    if (start < to) {
      parts.add(tokens.subList(start, Math.min(to, tokens.size())));
    }
    return parts;
  }

  /**
   * The literal SQL an argument stands for: itself when it is literals joined by {@code +}; what
   * was assigned to it when it is one name; none otherwise.
   */
  private List<List<Token>> literals(List<Token> argument) {
    if (isLiteral(argument)) {
      return List.of(argument);
    }
    if (argument.size() == 1 && argument.get(0).isWord()) {
      return assignments.getOrDefault(argument.get(0).text(), List.of()).stream()
          .filter(JavaSql::isLiteral)
          .toList();
    }
    return List.of();
  }

  private static boolean isLiteral(List<Token> expression) {
    boolean string = false;
    for (Token token : expression) {
      if (token.isString()) {
        string = true;
      } else if (!token.isSymbol('+') && !token.isSymbol('(') && !token.isSymbol(')')) {
        return false;
      }
    }
    return string;
  }

  /** The concatenated value of a literal expression, placed at its first string. */
  private static Embedded embedded(List<Token> literal) {
    StringBuilder sql = new StringBuilder();
    Token first = null;
    for (Token token : literal) {
      if (token.isString()) {
        first = first == null ? token : first;
        sql.append(token.text());
      }
    }
    return new Embedded(sql.toString(), first.line(), first.column());
  }
}
