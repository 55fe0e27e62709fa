package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.migrations.MigrationSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayLogBridgeTest {
  @TempDir Path dir;

  @Test
  void flywaysOwnLinesGoToTheGoalsLogNotStraightToSlf4j() throws Exception {
    Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id INT);\n");
    List<String> lines = new ArrayList<>();
    MigrationLog recording =
        new MigrationLog() {
          @Override
          public void info(String line) {
            lines.add("info " + line);
          }

          @Override
          public void warn(String line) {
            lines.add("warn " + line);
          }

          @Override
          public void debug(String line) {
            lines.add("debug " + line);
          }
        };

    try (Database database =
        Database.open(
            new DatabaseTarget.H2(""),
            DatabaseTarget.LibraryVersions.defaults(),
            (libraries, classpath) -> getClass().getClassLoader(),
            List.of(),
            TestApplyOptions.defaults(),
            Deadline.after(Duration.ofMinutes(1)),
            recording)) {
      MigrationSettings settings = MigrationSettings.defaults();
      FlywayApply.migrate(
          settings,
          MigrationCatalog.read(
              List.of(new MigrationLocation(dir, MigrationLocation.Kind.SQL)), settings),
          database,
          Deadline.after(Duration.ofMinutes(1)),
          recording);
    }

    assertThat(lines).anyMatch(l -> l.startsWith("debug Successfully applied 1 migration"));
  }
}
