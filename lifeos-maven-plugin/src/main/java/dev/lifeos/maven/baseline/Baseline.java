package dev.lifeos.maven.baseline;

import static dev.lifeos.maven.support.Words.plural;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings a team accepted when it adopted LifeOS, one list per gate: what {@code
 * lifeos:baseline} writes to {@code lifeos-baseline.json} and every later build reads. A gate
 * passes over a baselined finding and fails on any other; an entry that no longer matches is
 * reported as removable.
 *
 * <p>No entry holds a line number: each is keyed by what stays put when code moves (a file's
 * content, the flagged source line and message, SpotBugs' own instance hash, a migration's
 * checksum), so edits elsewhere in a file do not void it. Lists are kept sorted, so that recording
 * again changes only the lines of findings that came or went.
 *
 * @param formatting files Spotless would reformat, each accepted only with exactly this content
 * @param compiler Error Prone and NullAway findings that fail the build (error level)
 * @param spotbugs SpotBugs bugs, by instance hash
 * @param migrations dangerous migrations, each accepted only with exactly this checksum
 */
@JsonPropertyOrder({"about", "version", "formatting", "compiler", "spotbugs", "migrations"})
public record Baseline(
    List<FormattingEntry> formatting,
    List<CompilerEntry> compiler,
    List<BugEntry> spotbugs,
    List<MigrationEntry> migrations) {
  public static final int VERSION = 1;
  static final String ABOUT =
      "Findings accepted when LifeOS was adopted, written by ./mvnw lifeos:baseline. Builds pass"
          + " over these and fail on any other. Review it like code; record it again as findings"
          + " are fixed (the build lists removable entries). See docs/goals/baseline.md.";

  public static final Baseline EMPTY = new Baseline(List.of(), List.of(), List.of(), List.of());

  public Baseline {
    formatting = sorted(formatting, Comparator.comparing(FormattingEntry::file));
    compiler = sorted(compiler, CompilerEntry.ORDER);
    spotbugs = sorted(spotbugs, BugEntry.ORDER);
    migrations = sorted(migrations, Comparator.comparing(MigrationEntry::file));
  }

  @JsonProperty("about")
  String about() {
    return ABOUT;
  }

  @JsonProperty("version")
  int version() {
    return VERSION;
  }

  @JsonIgnore
  public boolean isEmpty() {
    return size() == 0;
  }

  public int size() {
    return formatting.size()
        + compiler.stream().mapToInt(CompilerEntry::count).sum()
        + spotbugs.size()
        + migrations.size();
  }

  /** Entries per gate, for one-line summaries: {@code {formatting=3, compiler=7, ...}}. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new TreeMap<>();
    counts.put("formatting", formatting.size());
    counts.put("compiler", compiler.stream().mapToInt(CompilerEntry::count).sum());
    counts.put("spotbugs", spotbugs.size());
    counts.put("migrations", migrations.size());
    return counts;
  }

  /** "3 unformatted files, 7 compiler findings, 5 SpotBugs bugs, 1 dangerous migration". */
  public String describe() {
    return String.join(
        ", ",
        plural(formatting.size(), "unformatted file"),
        plural(counts().get("compiler"), "compiler finding"),
        plural(spotbugs.size(), "SpotBugs bug"),
        plural(migrations.size(), "dangerous migration"));
  }

  /** The DB-team approvals the baseline stands for: migration key to Flyway checksum. */
  public Map<String, Integer> migrationApprovals() {
    Map<String, Integer> approvals = new TreeMap<>();
    migrations.forEach(m -> approvals.put(m.migration(), m.checksum()));
    return approvals;
  }

  private static <T> List<T> sorted(List<T> entries, Comparator<T> order) {
    return entries == null ? List.of() : entries.stream().sorted(order).toList();
  }

  /**
   * A file Spotless would reformat.
   *
   * @param file relative to the module, '/'-separated
   * @param sha256 of its content with line endings as LF ({@link ContentHash}); another content
   *     voids the entry
   */
  public record FormattingEntry(String file, String sha256) {}

  /**
   * An Error Prone or NullAway finding.
   *
   * @param file relative to the module, '/'-separated
   * @param check the check's name, as javac prints it in brackets ({@code NullAway})
   * @param message the first line of the diagnostic, without the check name
   * @param code the flagged source line, trimmed: with file, check and message it says which
   *     finding this is wherever the line moves
   * @param count how many times this exact finding occurs in the file
   */
  @JsonPropertyOrder({"file", "check", "message", "code", "count"})
  public record CompilerEntry(String file, String check, String message, String code, int count) {
    static final Comparator<CompilerEntry> ORDER =
        Comparator.comparing(CompilerEntry::file)
            .thenComparing(CompilerEntry::check)
            .thenComparing(CompilerEntry::code)
            .thenComparing(CompilerEntry::message);

    public CompilerEntry {
      count = Math.max(count, 1);
    }

    public FindingKey key() {
      return FindingKey.of(file, check, message, code);
    }
  }

  /**
   * A SpotBugs bug. SpotBugs itself skips it: the build hands the baseline's bugs to its {@code
   * excludeBugsFile}, where SpotBugs recomputes each bug's instance hash from its annotations.
   *
   * @param type the bug pattern ({@code WEAK_MESSAGE_DIGEST_MD5})
   * @param priority High, Medium or Low
   * @param className where it is
   * @param method the method, or empty for a class-level bug
   * @param message SpotBugs' short description, for the reviewer
   * @param instanceHash SpotBugs' identity of the bug, independent of line numbers
   * @param annotations the bug's annotations as SpotBugs' XML has them (element name under {@code
   *     element}, then its attributes), without source lines: what its instance hash is made of
   */
  @JsonPropertyOrder({
    "type",
    "priority",
    "class",
    "method",
    "message",
    "instanceHash",
    "annotations"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record BugEntry(
      String type,
      String priority,
      @JsonProperty("class") String className,
      String method,
      String message,
      String instanceHash,
      List<Map<String, String>> annotations) {
    static final Comparator<BugEntry> ORDER =
        Comparator.comparing(BugEntry::className)
            .thenComparing(BugEntry::type)
            .thenComparing(BugEntry::instanceHash);

    public BugEntry {
      method = method == null ? "" : method;
      message = message == null ? "" : message;
      annotations =
          annotations == null
              ? List.of()
              : annotations.stream().<Map<String, String>>map(TreeMap::new).toList();
    }
  }

  /**
   * A migration with dangerous operations. Counts as the DB team's approval only while the
   * migration's checksum is this one.
   *
   * @param migration its key, as in the approvals file ({@code V2}, {@code R__views})
   * @param file relative to the module
   * @param checksum Flyway's checksum
   * @param rules the danger rules it trips
   */
  @JsonPropertyOrder({"migration", "file", "checksum", "rules"})
  public record MigrationEntry(String migration, String file, int checksum, List<String> rules) {
    public MigrationEntry {
      rules = rules == null ? List.of() : rules.stream().sorted().distinct().toList();
    }
  }
}
