package dev.lifeos.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.Finding;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;

/**
 * check-migrations' danger scan side by side with Squawk on one generated corpus ({@link
 * SquawkCorpus}): the findings of every file on the rules both tools have, compared per file
 * through a rule mapping, and the time each takes. Squawk runs as Flyway runs migrations: each
 * file in a transaction ({@code --assume-in-transaction}), PostgreSQL 14 ({@code --pg-version}),
 * the version the scan assumes too.
 *
 * <p>Usage: {@code java -cp ... SquawkComparison [N] [runs] [squawk]}. Prints the tables and writes
 * them to {@code benchmarks/target/squawk.md}, the per-file comparison to {@code
 * benchmarks/target/squawk-per-file.csv}.
 */
public final class SquawkComparison {
  private static final int POSTGRES_MAJOR = 14;

  private SquawkComparison() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String squawk = args.length > 2 ? args[2] : "squawk";
    Path dir = Files.createTempDirectory("lifeos-squawk");
    List<SquawkCorpus.File> files = SquawkCorpus.write(dir, count);
    List<Migration> migrations = new ArrayList<>();
    for (SquawkCorpus.File file : files) {
      migrations.add(migration(file.path(), migrations.size() + 1));
    }
    MigrationScanner scanner = new MigrationScanner(Dialect.POSTGRESQL, POSTGRES_MAJOR, List.of());

    List<String> command = new ArrayList<>(List.of(squawk, "--reporter", "json", "--pg-version",
        POSTGRES_MAJOR + ".0", "--assume-in-transaction"));
    files.forEach(f -> command.add(f.path().toString()));
    // the two take turns (A B A B ...), so a busy moment of the shared machine hits both alike
    long[] ours = new long[runs + 1];
    long[] theirs = new long[runs + 1];
    Map<Migration, List<Finding>> found = null;
    String json = null;
    for (int run = 0; run <= runs; run++) {
      long start = System.nanoTime();
      found = scanner.scan(migrations, migrations);
      ours[run] = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      json = run(command);
      theirs[run] = (System.nanoTime() - start) / 1_000_000;
    }

    Map<Path, Map<String, Integer>> oursByFile = new LinkedHashMap<>();
    Map<Path, Map<String, Integer>> oursAll = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Map<String, Integer> shared = new TreeMap<>();
      Map<String, Integer> all = new TreeMap<>();
      for (Finding finding : found.get(migrations.get(i))) {
        all.merge(finding.rule().id(), 1, Integer::sum);
        RuleMapping.squawkRules(finding).forEach(rule -> shared.merge(rule, 1, Integer::sum));
      }
      oursByFile.put(files.get(i).path().getFileName(), shared);
      oursAll.put(files.get(i).path().getFileName(), all);
    }
    Map<Path, Map<String, Integer>> theirsByFile = new LinkedHashMap<>();
    Map<Path, Map<String, Integer>> theirsAll = new LinkedHashMap<>();
    files.forEach(f -> theirsByFile.put(f.path().getFileName(), new TreeMap<>()));
    files.forEach(f -> theirsAll.put(f.path().getFileName(), new TreeMap<>()));
    for (JsonNode violation : new ObjectMapper().readTree(json)) {
      Path file = Path.of(violation.get("file").asText()).getFileName();
      String rule = violation.get("rule_name").asText();
      theirsAll.get(file).merge(rule, 1, Integer::sum);
      if (RuleMapping.SHARED.contains(rule)) {
        theirsByFile.get(file).merge(rule, 1, Integer::sum);
      }
    }

    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "%d migrations (%d cycles of %d templates), %d cores, Java %s, %s%n%n",
        files.size(), files.size() / SquawkCorpus.TEMPLATES.size(), SquawkCorpus.TEMPLATES.size(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        run(List.of(squawk, "--version")).trim()));
    report.append(timeTable(ours, theirs));
    report.append(perTemplate(files, oursByFile, theirsByFile));
    report.append(totals(oursAll, theirsAll));
    System.out.print(report);
    Path target = Path.of("benchmarks/target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("squawk.md"), report);
    Files.writeString(target.resolve("squawk-per-file.csv"), perFile(files, oursByFile, theirsByFile));
  }

  private static String timeTable(long[] ours, long[] theirs) {
    return "| tool | first run (ms) | warm median (ms) | warm best (ms) |\n|---|---:|---:|---:|\n"
        + row("check-migrations scan (in the build's JVM, history replayed)", ours)
        + row("squawk (one process for all files)", theirs)
        + "\n";
  }

  private static String row(String name, long[] times) {
    long[] warm = Arrays.copyOfRange(times, 1, times.length);
    Arrays.sort(warm);
    return String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", name, times[0], warm[warm.length / 2], warm[0]);
  }

  /** Per template: in how many files the shared rules agree, and how they differ where not. */
  private static String perTemplate(
      List<SquawkCorpus.File> files,
      Map<Path, Map<String, Integer>> ours,
      Map<Path, Map<String, Integer>> theirs) {
    StringBuilder table = new StringBuilder(
        "| template | files | same findings | check-migrations (shared rules, per file) | squawk (shared rules, per file) |\n"
            + "|---|---:|---:|---|---|\n");
    int same = 0;
    for (SquawkCorpus.Template template : SquawkCorpus.TEMPLATES) {
      List<Path> of = files.stream().filter(f -> f.template() == template).map(f -> f.path().getFileName()).toList();
      long agreeing = of.stream().filter(f -> ours.get(f).equals(theirs.get(f))).count();
      same += (int) agreeing;
      Path first = of.get(0);
      table.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s |%n", template.name(), of.size(), agreeing,
          text(ours.get(first)), text(theirs.get(first))));
    }
    return table.append(String.format(Locale.ROOT, "%nSame findings on the shared rules in %d of %d files.%n%n", same, files.size())).toString();
  }

  private static String totals(Map<Path, Map<String, Integer>> ours, Map<Path, Map<String, Integer>> theirs) {
    return "All findings, by rule:\n\n"
        + "check-migrations: " + text(sum(ours)) + "\n\n"
        + "squawk: " + text(sum(theirs)) + "\n";
  }

  private static String perFile(
      List<SquawkCorpus.File> files,
      Map<Path, Map<String, Integer>> ours,
      Map<Path, Map<String, Integer>> theirs) {
    StringBuilder csv = new StringBuilder("file,template,same,check-migrations,squawk\n");
    for (SquawkCorpus.File file : files) {
      Path name = file.path().getFileName();
      csv.append(String.join(",", name.toString(), '"' + file.template().name() + '"',
          String.valueOf(ours.get(name).equals(theirs.get(name))), '"' + text(ours.get(name)) + '"',
          '"' + text(theirs.get(name)) + '"')).append('\n');
    }
    return csv.toString();
  }

  private static Map<String, Integer> sum(Map<Path, Map<String, Integer>> byFile) {
    Map<String, Integer> total = new TreeMap<>();
    byFile.values().forEach(m -> m.forEach((rule, n) -> total.merge(rule, n, Integer::sum)));
    return total;
  }

  private static String text(Map<String, Integer> counts) {
    return counts.isEmpty()
        ? "none"
        : counts.entrySet().stream()
            .map(e -> e.getKey() + (e.getValue() > 1 ? " x" + e.getValue() : ""))
            .collect(Collectors.joining(", "));
  }

  private static Migration migration(Path file, int version) throws Exception {
    return new Migration(Migration.Type.VERSIONED, Migration.Language.SQL, file,
        MigrationVersion.fromVersion(String.valueOf(version)), file.getFileName().toString(), 0,
        Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Runs {@code command} and returns its standard output (Squawk exits 1 when it finds something). */
  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    process.waitFor();
    return new String(out, StandardCharsets.UTF_8);
  }

  /**
   * Which Squawk rules each check-migrations finding corresponds to. A finding of ours maps to the
   * Squawk rules that report the same statement; most are one to one, a few Squawk reports twice
   * (a UNIQUE constraint is both {@code disallowed-unique-constraint} and {@code
   * constraint-missing-not-valid}).
   */
  static final class RuleMapping {
    static final Set<String> SHARED =
        Set.of("ban-drop-table", "ban-drop-column", "changing-column-type", "renaming-table",
            "renaming-column", "adding-required-field", "adding-not-nullable-field",
            "require-concurrent-index-creation", "require-concurrent-index-deletion",
            "ban-drop-database", "adding-field-with-default", "adding-foreign-key-constraint",
            "constraint-missing-not-valid", "disallowed-unique-constraint",
            "adding-serial-primary-key-field", "ban-concurrent-index-creation-in-transaction",
            "transaction-nesting", "require-lock-timeout", "syntax-error");

    private RuleMapping() {}

    static List<String> squawkRules(Finding finding) {
      String message = finding.message();
      boolean inline = message.contains(" ADD COLUMN ");
      boolean primary = message.contains(" PRIMARY KEY");
      return switch (finding.rule().id()) {
        case "drop-table" -> List.of("ban-drop-table");
        case "drop-column" -> List.of("ban-drop-column");
        case "alter-column-type" -> List.of("changing-column-type");
        case "rename-table" -> List.of("renaming-table");
        case "rename-column" -> List.of("renaming-column");
        case "add-not-null-column-without-default" -> List.of("adding-required-field");
        case "set-not-null" -> List.of("adding-not-nullable-field");
        case "create-index-without-concurrently" -> List.of("require-concurrent-index-creation");
        case "drop-index-without-concurrently" -> List.of("require-concurrent-index-deletion");
        case "drop-schema-or-database" ->
            message.startsWith("DROP DATABASE") ? List.of("ban-drop-database") : List.of();
        case "add-column-rewrites-table" -> List.of("adding-field-with-default");
        case "add-foreign-key-without-not-valid" ->
            inline ? List.of("adding-foreign-key-constraint")
                : message.contains(" VALIDATE CONSTRAINT ") ? List.of("constraint-missing-not-valid")
                : List.of("adding-foreign-key-constraint", "constraint-missing-not-valid");
        case "add-check-without-not-valid" -> List.of("constraint-missing-not-valid");
        case "add-unique-without-index" -> {
          String kind = primary ? "adding-serial-primary-key-field" : "disallowed-unique-constraint";
          yield inline ? List.of(kind) : List.of(kind, "constraint-missing-not-valid");
        }
        case "concurrently-in-transaction" -> List.of("ban-concurrent-index-creation-in-transaction");
        case "transaction-control" -> List.of("transaction-nesting");
        case "missing-lock-timeout" -> List.of("require-lock-timeout");
        case "unterminated-sql" -> List.of("syntax-error");
        default -> List.of(); // check-migrations only: no Squawk rule reports these
      };
    }
  }
}
