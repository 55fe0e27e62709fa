package dev.lifeos.maven.migrations.trace;

import java.util.List;

/**
 * What one migration did to the database, statement by statement.
 *
 * @param key the migration as approvals name it ({@code V12}, {@code R__views})
 * @param script the migration as Flyway names it (file name or Java class)
 * @param inTransaction whether Flyway ran it in a transaction
 * @param statements in the order they ran
 * @param seeded tables the trace filled with rows after this migration created them
 */
public record MigrationTrace(
    String key,
    String script,
    boolean inTransaction,
    List<TracedStatement> statements,
    List<String> seeded) {}
