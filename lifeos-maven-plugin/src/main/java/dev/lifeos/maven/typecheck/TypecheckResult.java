package dev.lifeos.maven.typecheck;

import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import dev.lifeos.maven.baseline.CompilerBaseline;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One source set's compile, judged: javac's errors, the findings of the baselined checks split into
 * new and baselined, the baseline entries no longer found, and the checks that crashed and were
 * left out.
 *
 * @param sourceSet {@code main} or {@code test}
 * @param output what javac printed
 * @param gateChecks checks whose findings fail the build unless baselined (javac reports them as
 *     warnings: the baseline lowered them from errors)
 * @param fresh findings of gate checks that the baseline does not hold
 * @param baselined findings the baseline accepted
 * @param removable baseline entries no longer found
 * @param crashes checks that crashed, each left out of a second compile
 */
public record TypecheckResult(
    String sourceSet,
    JavacOutput output,
    Set<String> gateChecks,
    List<Diagnostic> fresh,
    List<Diagnostic> baselined,
    List<CompilerEntry> removable,
    List<ErrorProneCrash> crashes) {

  public static TypecheckResult evaluate(
      String sourceSet,
      JavacOutput output,
      Set<String> gateChecks,
      List<CompilerEntry> baseline,
      List<ErrorProneCrash> crashes) {
    CompilerBaseline.Outcome<Diagnostic> outcome =
        CompilerBaseline.compare(baseline, gateFindings(output, gateChecks), Diagnostic::key);
    return new TypecheckResult(
        sourceSet,
        output,
        Set.copyOf(gateChecks),
        outcome.fresh().stream().map(d -> d.as(Diagnostic.Kind.ERROR)).toList(),
        outcome.baselined(),
        outcome.removable(),
        List.copyOf(crashes));
  }

  /** The findings of the gate checks: what the baseline holds and new code must not add. */
  public static List<Diagnostic> gateFindings(JavacOutput output, Set<String> gateChecks) {
    return output.diagnostics().stream()
        .filter(d -> d.isAnalyzerFinding() && gateChecks.contains(d.check()))
        .toList();
  }

  /** javac's errors: type errors, and Error Prone findings of error level. */
  public List<Diagnostic> errors() {
    return output.errors();
  }

  public boolean passed() {
    return errors().isEmpty() && fresh.isEmpty() && output.crashes().isEmpty();
  }

  /** Warnings that fail nothing: every warning that is not a gate check's. */
  public List<Diagnostic> warnings() {
    return output.diagnostics().stream()
        .filter(d -> d.kind() == Diagnostic.Kind.WARNING)
        .filter(Predicate.not(d -> d.isAnalyzerFinding() && gateChecks.contains(d.check())))
        .toList();
  }

  public long notes() {
    return output.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.NOTE).count();
  }

  /** How many diagnostics each check (or "javac") reported, most first. */
  public static Map<String, Integer> countByCheck(List<Diagnostic> diagnostics) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    diagnostics.forEach(d -> counts.merge(d.source(), 1, Integer::sum));
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
