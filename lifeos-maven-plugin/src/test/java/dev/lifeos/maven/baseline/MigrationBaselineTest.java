package dev.lifeos.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.baseline.Baseline.MigrationEntry;
import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationBaselineTest {
  @TempDir Path dir;

  private Migration migration(String version, int checksum, String sql) {
    return new Migration(
        Migration.Type.VERSIONED,
        Migration.Language.SQL,
        dir.resolve("src/main/resources/db/migration/V" + version + "__x.sql"),
        MigrationVersion.fromVersion(version),
        "x",
        checksum,
        sql);
  }

  @Test
  void recordsTheMigrationsWithDangerousOperationsAndTheirChecksums() throws Exception {
    List<MigrationEntry> entries =
        MigrationBaseline.record(
            List.of(
                migration("1", 11, "CREATE TABLE accounts (id BIGINT);"),
                migration("2", 22, "ALTER TABLE accounts DROP COLUMN legacy;")),
            new MigrationScanner(Dialect.OTHER, List.of()),
            dir);
    assertThat(entries)
        .containsExactly(
            new MigrationEntry(
                "V2", "src/main/resources/db/migration/V2__x.sql", 22, List.of("drop-column")));
  }

  @Test
  void aBaselinedMigrationIsApprovedOnlyWithItsChecksum() throws Exception {
    Approvals approvals =
        Approvals.read(dir.resolve("none.properties"), dir).withBaseline(Map.of("V2", 22));
    assertThat(approvals.status(migration("2", 22, ""))).isEqualTo(Approvals.Status.APPROVED);
    assertThat(approvals.status(migration("2", 23, ""))).isEqualTo(Approvals.Status.STALE);
    assertThat(approvals.status(migration("3", 22, ""))).isEqualTo(Approvals.Status.NOT_LISTED);
  }
}
