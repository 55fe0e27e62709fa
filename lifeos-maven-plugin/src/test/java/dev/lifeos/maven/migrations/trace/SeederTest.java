package dev.lifeos.maven.migrations.trace;

import static dev.lifeos.maven.migrations.trace.TracedCheck.applyProblems;
import static dev.lifeos.maven.migrations.trace.TracedCheck.dangers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.CheckResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lifeos.migrations.trace.rows on a real PostgreSQL. */
class SeederTest {
  @TempDir Path project;

  @Test
  void fillsEachNewTableWithRowsOfItsColumnsTypes() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .trace(new TraceOptions(true, 50))
            .migration(
                "CREATE TYPE kind AS ENUM ('cash', 'card');\n"
                    + "CREATE TABLE accounts (id int PRIMARY KEY, name varchar(3) NOT NULL,"
                    + " opened date NOT NULL, token uuid UNIQUE, kind kind NOT NULL, active boolean,"
                    + " data jsonb, serial_id bigserial);\n"
                    + "INSERT INTO accounts (id, name, opened, kind) VALUES (1, 'a', now(), 'cash');")
            .migration("ALTER TABLE accounts ALTER COLUMN id TYPE bigint;")
            .run();

    assertThat(applyProblems(result)).isEmpty();
    MigrationTrace first = result.apply().orElseThrow().traces().get(0);
    assertThat(first.seeded()).containsExactly("public.accounts");
    assertThat(dangers(result)).containsExactly("alter-column-type/agrees");
  }

  @Test
  void aTableItsConstraintsKeepEmptyIsLeftEmptyAndTheApplyGoesOn() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .trace(new TraceOptions(true, 10))
            .migration("CREATE TABLE limits (amount int NOT NULL CHECK (amount > 0));")
            .run();

    assertThat(applyProblems(result)).isEmpty();
    assertThat(result.apply().orElseThrow().traces().get(0).seeded()).isEmpty();
  }

  @Test
  void aMigrationThatCannotRunOnRowsFailsTheApplyAsOnProduction() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .trace(new TraceOptions(true, 10))
            .migration("CREATE TABLE accounts (id int PRIMARY KEY);")
            .migration("ALTER TABLE accounts ADD COLUMN owner text NOT NULL;")
            .run();

    assertThat(applyProblems(result))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("V2__m2.sql does not apply to"));
  }

  @Test
  void withoutSeedingTheSameMigrationApplies() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration("CREATE TABLE accounts (id int PRIMARY KEY);")
            .migration("ALTER TABLE accounts ADD COLUMN owner text NOT NULL;")
            .run();

    assertThat(applyProblems(result)).isEmpty();
  }
}
