package dev.lifeos.maven.migrations.trace;

import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.CheckedFinding.Trace;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.scan.TraceRule;
import dev.lifeos.maven.rules.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The lock trace's findings beside the static ones: the trace rules run over the traces of the
 * scanned migrations, and each finding is set against the static findings of its statement. Where a
 * static rule and the trace agree there is one finding, the static one, saying both; where the
 * static rule says PostgreSQL locks or rewrites and the trace saw it not, the static finding says
 * so; the trace's findings on statements no static rule flagged stand on their own.
 */
public final class TraceFindings {
  /** What a static rule claims PostgreSQL does, in words and as the trace can see it. */
  private record Claim(String says, Predicate<TracedStatement> holds) {}

  private static final Claim REWRITE = new Claim("rewrites the table", TraceFindings::rewrites);
  private static final Claim LOCKED_READ =
      new Claim(
          "reads the whole table under ACCESS EXCLUSIVE",
          s -> accessExclusive(s) && !s.scanned().isEmpty());
  private static final Claim EXCLUSIVE =
      new Claim("takes ACCESS EXCLUSIVE on the table", TraceFindings::accessExclusive);

  /** The static rules that claim what the trace can see. */
  private static final Map<String, Claim> CLAIMS =
      Map.of(
          "alter-column-type",
          REWRITE,
          "add-column-rewrites-table",
          REWRITE,
          "set-not-null",
          LOCKED_READ,
          "add-check-without-not-valid",
          LOCKED_READ,
          "add-foreign-key-without-not-valid",
          new Claim(
              "reads the whole table under a lock that blocks writes",
              s -> blocksWrites(s) && !s.scanned().isEmpty()),
          "add-unique-without-index",
          EXCLUSIVE,
          "create-index-without-concurrently",
          new Claim("blocks writes to the table", TraceFindings::blocksWrites),
          "drop-index-without-concurrently",
          EXCLUSIVE,
          "truncate",
          EXCLUSIVE);

  /** Trace rules whose finding is the same danger a static rule names: one finding when both. */
  private static final Set<String> SAME_DANGER = Set.of("table-rewrite", "access-exclusive-lock");

  private TraceFindings() {}

  /**
   * {@code findings} (the static ones) with the trace's verdict, then the trace's own findings on
   * the {@code scanned} migrations, judged by {@code rules}; approvals as for the static ones.
   */
  public static List<CheckedFinding> merge(
      List<CheckedFinding> findings,
      List<MigrationTrace> traces,
      Collection<Migration> scanned,
      List<TraceRule> rules,
      Function<Migration, Approvals.Status> approval) {
    Map<String, MigrationTrace> byKey = new HashMap<>();
    traces.forEach(t -> byKey.put(t.key(), t));
    List<CheckedFinding> merged = new ArrayList<>();
    List<CheckedFinding> traced = new ArrayList<>();
    for (Migration migration : scanned) {
      MigrationTrace trace = byKey.get(migration.key());
      List<CheckedFinding> own =
          findings.stream().filter(f -> f.migration().equals(migration)).toList();
      if (trace == null) {
        merged.addAll(own);
        continue;
      }
      int[] lines = StatementLines.of(migration.text(), trace.statements());
      List<Integer> agreed = new ArrayList<>();
      for (CheckedFinding checked : own) {
        Optional<TracedStatement> statement = at(trace, lines, checked.finding().line());
        Claim claim = CLAIMS.get(checked.finding().rule().id());
        if (statement.isEmpty() || claim == null) {
          merged.add(checked);
        } else if (claim.holds().test(statement.get())) {
          agreed.add(statement.get().index());
          merged.add(
              verdict(
                  checked,
                  Trace.AGREES,
                  " The lock trace agrees: " + describe(statement.get()) + "."));
        } else {
          merged.add(
              verdict(
                  checked,
                  Trace.DISAGREES,
                  " The lock trace disagrees: the rule says the statement "
                      + claim.says()
                      + "; on PostgreSQL it "
                      + describe(statement.get())
                      + "."));
        }
      }
      for (TraceRule rule : rules) {
        for (TraceRule.Hit hit : rule.check(trace)) {
          if (SAME_DANGER.contains(rule.id()) && agreed.contains(hit.statement().index())) {
            continue;
          }
          Finding finding =
              new Finding(
                  rule,
                  migration.file(),
                  lines[hit.statement().index()],
                  lines[hit.statement().index()] > 0 ? 1 : 0,
                  hit.message() + " No static rule flagged this statement.");
          traced.add(
              new CheckedFinding(finding, migration, approval.apply(migration), Trace.TRACE_ONLY));
        }
      }
    }
    findings.stream().filter(f -> !scanned.contains(f.migration())).forEach(merged::add);
    merged.addAll(traced);
    return merged;
  }

  /** The observed statement in a transaction that holds {@code line}. */
  private static Optional<TracedStatement> at(MigrationTrace trace, int[] lines, int line) {
    TracedStatement found = null;
    for (TracedStatement statement : trace.statements()) {
      int start = lines[statement.index()];
      if (start > 0 && start <= line) {
        found = statement;
      }
    }
    return Optional.ofNullable(found).filter(s -> s.inTransaction() && s.observed());
  }

  private static CheckedFinding verdict(CheckedFinding checked, Trace trace, String text) {
    Finding f = checked.finding();
    return new CheckedFinding(
        new Finding(f.rule(), f.file(), f.line(), f.column(), f.message() + text),
        checked.migration(),
        checked.approval(),
        trace);
  }

  /** "took ACCESS EXCLUSIVE on public.a, rewrote public.a, read public.a whole; held 12 ms". */
  static String describe(TracedStatement statement) {
    List<String> parts = new ArrayList<>();
    statement.acquired().stream()
        .filter(lock -> !lock.index())
        .filter(TracedLock::blocksWrites)
        .forEach(lock -> parts.add("took " + lock.sqlMode() + " on " + lock.relation()));
    statement.rewrittenTables().forEach(table -> parts.add("rewrote " + table));
    statement.scanned().stream()
        .filter(table -> !statement.rewritten().contains(table))
        .forEach(table -> parts.add("read " + table + " whole"));
    if (parts.isEmpty()) {
      return "took no lock that blocks writes, rewrote nothing and read no table whole";
    }
    return String.join(", ", parts) + "; held " + statement.heldMillis() + " ms";
  }

  private static boolean rewrites(TracedStatement statement) {
    return !statement.rewrittenTables().isEmpty();
  }

  private static boolean accessExclusive(TracedStatement statement) {
    return statement.acquired().stream().anyMatch(l -> l.accessExclusive() && !l.index());
  }

  private static boolean blocksWrites(TracedStatement statement) {
    return statement.acquired().stream().anyMatch(l -> l.blocksWrites() && !l.index());
  }
}
