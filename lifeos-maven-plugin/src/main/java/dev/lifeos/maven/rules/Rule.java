package dev.lifeos.maven.rules;

/**
 * What every rule of the plugin says about itself, as maven-enforcer's rules do: the dangerous
 * operations of migrations ({@code migrations/scan/rules}), the consistency checks of
 * check-migrations ({@code migrations/Check}) and the workflow rules ({@code workflows/rules}). The
 * id appears in every {@link Finding}, in the reports and in the goal's page under docs/goals/.
 */
public interface Rule {
  /** Lower-case words joined by {@code -}: {@code drop-table}, {@code job-timeout}. */
  String id();

  /** A few words, for report headings and SARIF's short description. */
  String title();

  /** Why it matters: one paragraph, for the docs and SARIF's full description. */
  String why();

  /**
   * What to do instead, in one line; empty where each finding names its own fix ({@link
   * Finding#fix()}).
   */
  String fix();

  /** How the rule's findings weigh on the build, unless a finding says otherwise. */
  Severity severity();
}
