package dev.lifeos.maven.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalsTest {
  @TempDir Path dir;

  private Migration migration(String version, int checksum) {
    return new Migration(
        Migration.Type.VERSIONED,
        Migration.Language.SQL,
        dir.resolve("V" + version + "__x.sql"),
        MigrationVersion.fromVersion(version),
        "x",
        checksum,
        "");
  }

  private Approvals approvals(String content) throws Exception {
    Path file = dir.resolve("src/main/resources/db/migration-approvals.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return Approvals.read(file, dir);
  }

  @Test
  void anApprovalHoldsForThatChecksumOnly() throws Exception {
    Approvals approvals = approvals("# DB team\nV12 = 1834456780\n");

    assertThat(approvals.status(migration("12", 1834456780))).isEqualTo(Approvals.Status.APPROVED);
    assertThat(approvals.status(migration("12", 42))).isEqualTo(Approvals.Status.STALE);
    assertThat(approvals.status(migration("13", 1834456780)))
        .isEqualTo(Approvals.Status.NOT_LISTED);
    assertThat(approvals.displayName())
        .isEqualTo("src/main/resources/db/migration-approvals.properties");
  }

  @Test
  void keysAreComparedAsFlywayComparesVersions() throws Exception {
    Approvals approvals = approvals("V01_1=-5\n");

    assertThat(approvals.status(migration("1.1", -5))).isEqualTo(Approvals.Status.APPROVED);
  }

  @Test
  void aMissingFileApprovesNothing() throws Exception {
    Approvals approvals = Approvals.read(dir.resolve("none.properties"), dir);

    assertThat(approvals.status(migration("1", 1))).isEqualTo(Approvals.Status.NOT_LISTED);
  }

  @Test
  void aValueThatIsNotAChecksumNamesTheKeyAndTheCommand() {
    assertThatThrownBy(() -> approvals("V12=yes\n"))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("the value of V12 is 'yes', not a Flyway checksum")
        .hasMessageContaining("lifeos:approve-migration -Dmigration=V12");
  }

  @Test
  void aKeyThatIsNotAMigrationFails() {
    assertThatThrownBy(() -> approvals("drop_table=1\n"))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("'drop_table' does not name a migration");
  }

  @Test
  void theLineIsKeyEqualsChecksum() {
    assertThat(Approvals.line(migration("1.10", -7))).isEqualTo("V1.10=-7");
  }

  @Test
  void aBinaryApprovalsFileSaysWhatItMustHoldWithoutRawExceptionText() throws Exception {
    Path file = dir.resolve("approvals.properties");
    Files.write(file, new byte[] {'V', '1', '=', 0, (byte) 0xc3, (byte) 0x28});

    assertThatThrownBy(() -> Approvals.read(file, dir))
        .isInstanceOf(GateFailure.class)
        .hasMessage(
            "approvals.properties is not UTF-8 text (binary, or another encoding): restore it from"
                + " git, or save it as UTF-8. The approvals file is a properties file of lines"
                + " V12=<checksum> (./mvnw lifeos:approve-migration -Dmigration=V12 prints one).");
  }

  @Test
  void aMalformedEscapeIsAUserError() throws Exception {
    assertThatThrownBy(() -> approvals("V1=\\uZZZZ\n"))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("is not a valid properties file (a malformed \\uXXXX escape)");
  }
}
