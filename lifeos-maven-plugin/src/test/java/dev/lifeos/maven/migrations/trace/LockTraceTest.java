package dev.lifeos.maven.migrations.trace;

import static org.assertj.core.api.Assertions.assertThat;

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
    traces.forEach(System.out::println);
    assertThat(traces).hasSize(2);
    assertThat(traces.get(0).statements())
        .singleElement()
        .satisfies(s -> assertThat(s.acquired()).isEmpty());
    TracedStatement alter = traces.get(1).statements().get(0);
    assertThat(alter.acquired())
        .contains(new TracedLock("public.accounts", false, "AccessExclusiveLock"));
    assertThat(alter.rewritten()).contains("public.accounts");
  }
}
