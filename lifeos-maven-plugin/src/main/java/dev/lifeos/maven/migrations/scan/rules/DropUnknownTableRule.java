package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import dev.lifeos.maven.rules.Severity;
import java.util.Set;

/**
 * {@code DROP TABLE IF EXISTS t} where no earlier migration created {@code t}: usually a clean-up
 * that runs on nothing ({@code DROP TABLE IF EXISTS t; CREATE TABLE t ...} in a first migration),
 * so a notice rather than {@code drop-table}. Only when the scan read the earlier migrations.
 */
public final class DropUnknownTableRule implements SqlRule {
  @Override
  public String id() {
    return "drop-unknown-table";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("DROP");
  }

  @Override
  public String title() {
    return "DROP TABLE IF EXISTS of a table no migration created";
  }

  @Override
  public String why() {
    return "The table is not created by any earlier migration, so on a database built by these"
        + " migrations the statement drops nothing. It does drop a table of that name that was"
        + " created outside the migrations (by hand, or before Flyway was adopted), with its rows.";
  }

  @Override
  public String fix() {
    return "Nothing to do if the table never existed; if it may exist outside the migrations,"
        + " check what it holds before the migration runs.";
  }

  @Override
  public Severity severity() {
    return Severity.NOTICE;
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (!statement.startsWith("DROP", "TABLE", "IF", "EXISTS")) {
      return;
    }
    for (var name : SqlSyntax.nameList(statement, 4)) {
      if (!context.mayExist(name.name())) {
        findings.add(
            statement.get(0),
            "DROP TABLE IF EXISTS "
                + name.text()
                + ": no earlier migration creates "
                + name.text()
                + ", so this drops nothing unless it was created outside the migrations.");
      }
    }
  }
}
