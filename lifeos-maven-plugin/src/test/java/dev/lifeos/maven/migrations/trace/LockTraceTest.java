package dev.lifeos.maven.migrations.trace;

import static dev.lifeos.maven.migrations.trace.TracedCheck.dangers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.CheckResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockTraceTest {
  @TempDir Path dir;

  @Test
  void seesTheAccessExclusiveLockAndTheRewriteOfAnIntToBigintChange() throws Exception {
    List<MigrationTrace> traces =
        new TraceFixture(dir)
            .migration("CREATE TABLE accounts (id int PRIMARY KEY, name varchar(10));")
            .migration(
                "ALTER TABLE accounts ALTER COLUMN id TYPE bigint;\n"
                    + "ALTER TABLE accounts ALTER COLUMN name TYPE varchar(20);\n"
                    + "UPDATE accounts SET name = 'x';\n")
            .apply();
    assertThat(traces).hasSize(2);
    assertThat(traces.get(0).statements())
        .singleElement()
        .satisfies(s -> assertThat(s.acquired()).isEmpty());
    TracedStatement alter = traces.get(1).statements().get(0);
    assertThat(alter.acquired())
        .contains(new TracedLock("public.accounts", false, "AccessExclusiveLock"));
    assertThat(alter.rewritten()).contains("public.accounts");
  }

  @Test
  void switchedOffItTracesNothingAndOnlyTheStaticRulesSpeak() throws Exception {
    CheckResult result =
        new TracedCheck(dir)
            .trace(TraceOptions.OFF)
            .migration("CREATE TABLE accounts (id int PRIMARY KEY);")
            .migration("CLUSTER accounts USING accounts_pkey;")
            .migration("ALTER TABLE accounts ALTER COLUMN id TYPE bigint;")
            .run();

    assertThat(result.apply().orElseThrow().traces()).isEmpty();
    assertThat(result.apply().orElseThrow().describe()).doesNotContain("lock trace");
    assertThat(dangers(result)).containsExactly("alter-column-type/not-traced");
  }

  @Test
  void neverRunsOnH2() throws Exception {
    CheckResult result =
        new TracedCheck(dir)
            .on(new dev.lifeos.maven.migrations.db.DatabaseTarget.H2("PostgreSQL"))
            .migration("CREATE TABLE accounts (id int PRIMARY KEY);")
            .migration("ALTER TABLE accounts ALTER COLUMN id TYPE bigint;")
            .run();

    assertThat(result.problems())
        .extracting(p -> p.rule().id())
        .containsOnly("unapproved-dangerous-migration");
    assertThat(result.apply().orElseThrow().traces()).isEmpty();
    assertThat(dangers(result)).containsExactly("alter-column-type/not-traced");
  }
}
