package dev.lifeos.maven.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lifeos.maven.init.FileOutcome.Status;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceScaffoldTest {
  static final InitSettings SETTINGS =
      new InitSettings(
          "ledger",
          "0.1.0",
          "lifeos/lifeos-build",
          "v0.1.0",
          "17",
          ".",
          "ghcr.io/acme/ledger",
          "ledger",
          "@acme/db-team",
          "src/main/resources/db/migration-approvals.properties");

  static final List<String> FILES =
      List.of(
          ".github/workflows/lifeos-pr.yml",
          ".github/workflows/lifeos-main.yml",
          ".github/workflows/lifeos-release.yml",
          ".github/workflows/lifeos-nightly.yml",
          ".env.ci",
          ".github/CODEOWNERS",
          ".mvn/jvm.config",
          ".mvn/extensions.xml",
          ".mvn/maven-build-cache-config.xml",
          "docs/CI_CD_RUNBOOK.md");

  @TempDir Path repo;

  private List<FileOutcome> init(InitSettings settings, boolean force) throws Exception {
    return ServiceScaffold.of(settings).writeTo(repo, force);
  }

  @Test
  void anEmptyRepositoryGetsEveryFile() throws Exception {
    List<FileOutcome> outcomes = init(SETTINGS, false);

    assertThat(outcomes).extracting(FileOutcome::path).containsExactlyElementsOf(FILES);
    assertThat(outcomes).extracting(FileOutcome::status).containsOnly(Status.CREATED);
    assertThat(Files.readString(repo.resolve(".github/workflows/lifeos-pr.yml")))
        .contains("uses: lifeos/lifeos-build/.github/workflows/lifeos-pr.yml@v0.1.0")
        .contains("group: ${{ github.workflow }}-${{ github.ref }}")
        .doesNotContain("{{lifeos.");
    assertThat(Files.readString(repo.resolve(".github/CODEOWNERS")))
        .contains("/src/main/resources/db/migration-approvals.properties @acme/db-team\n");
  }

  @Test
  void aSecondRunTouchesNothing() throws Exception {
    init(SETTINGS, false);
    Path pr = repo.resolve(".github/workflows/lifeos-pr.yml");
    FileTime written = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(pr, written);

    assertThat(init(SETTINGS, false))
        .extracting(FileOutcome::status)
        .containsOnly(Status.UNCHANGED);
    assertThat(Files.getLastModifiedTime(pr)).isEqualTo(written);
  }

  @Test
  void anEditedFileIsKeptUnlessForced() throws Exception {
    init(SETTINGS, false);
    Path envCi = repo.resolve(".env.ci");
    Files.writeString(envCi, "APP_ENV=ci\nFEATURE_X=true\n");

    assertThat(init(SETTINGS, false))
        .filteredOn(o -> o.path().equals(".env.ci"))
        .extracting(FileOutcome::status)
        .containsExactly(Status.KEPT);
    assertThat(Files.readString(envCi)).isEqualTo("APP_ENV=ci\nFEATURE_X=true\n");

    assertThat(init(SETTINGS, true))
        .filteredOn(o -> o.path().equals(".env.ci"))
        .extracting(FileOutcome::status)
        .containsExactly(Status.REWRITTEN);
    assertThat(Files.readString(envCi)).contains("DATABASE_URL=jdbc:h2:mem:ci");
  }

  @Test
  void anExistingCodeownersGetsTheRuleAppendedOnlyWhenForcedAndKeepsItsRules() throws Exception {
    Files.writeString(repo.resolve("CODEOWNERS"), "* @acme/backend");

    assertThat(init(SETTINGS, false))
        .filteredOn(o -> o.path().equals("CODEOWNERS"))
        .extracting(FileOutcome::status, FileOutcome::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Status.KEPT,
                "add the line '/src/main/resources/db/migration-approvals.properties"
                    + " @acme/db-team', or -Dlifeos.init.force=true appends it"));
    assertThat(repo.resolve(".github/CODEOWNERS")).doesNotExist();

    init(SETTINGS, true);
    assertThat(Files.readString(repo.resolve("CODEOWNERS")))
        .startsWith("* @acme/backend\n\n# Migration approvals")
        .endsWith("/src/main/resources/db/migration-approvals.properties @acme/db-team\n");
    assertThat(init(SETTINGS, true))
        .filteredOn(o -> o.path().equals("CODEOWNERS"))
        .extracting(FileOutcome::status)
        .containsExactly(Status.UNCHANGED);
  }

  @Test
  void aServiceInASubdirectoryGetsItsPathsRelativeToTheRepository() throws Exception {
    InitSettings nested =
        new InitSettings(
            "ledger",
            "0.1.0",
            "lifeos/lifeos-build",
            "v0.1.0",
            "21",
            "services/ledger",
            "ghcr.io/acme/ledger",
            "ledger",
            "@acme/db-team",
            "src/main/resources/db/migration-approvals.properties");

    init(nested, false);

    assertThat(repo.resolve("services/ledger/.env.ci")).exists();
    assertThat(Files.readString(repo.resolve(".github/workflows/lifeos-main.yml")))
        .contains("working-directory: 'services/ledger'")
        .contains("java-version: '21'");
    assertThat(Files.readString(repo.resolve(".github/CODEOWNERS")))
        .contains("/services/ledger/src/main/resources/db/migration-approvals.properties");
  }

  /** Makes {@code dir} unwritable, also for root (whom permission bits do not stop). */
  private static boolean makeReadOnly(Path dir) throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    return !Files.isWritable(dir) || run("chattr", "+i", dir.toString());
  }

  private static void makeWritable(Path dir) throws Exception {
    run("chattr", "-i", dir.toString());
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static boolean run(String... command) throws Exception {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (java.io.IOException notInstalled) {
      return false;
    }
  }

  @Test
  void aReadOnlyFolderIsAUserErrorNamingTheFileAndNothingIsWritten() throws Exception {
    Path workflows = Files.createDirectories(repo.resolve(".github/workflows"));
    try {
      Assumptions.assumeTrue(makeReadOnly(workflows), "cannot make a folder read-only here");
      assertThatThrownBy(() -> init(SETTINGS, false))
          .isInstanceOf(GateFailure.class)
          .hasMessage(
              "Cannot write .github/workflows/lifeos-pr.yml: its folder cannot be written"
                  + " (read-only). Make it writable, or run lifeos:init in a checkout you can write"
                  + " to. Nothing was written.");
    } finally {
      makeWritable(workflows);
    }
    try (Stream<Path> written = Files.walk(repo)) {
      assertThat(written.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void aFileWhereAFolderShouldBeIsAUserErrorAndNothingIsWritten() throws Exception {
    Files.writeString(repo.resolve("docs"), "not a folder");

    assertThatThrownBy(() -> init(SETTINGS, false))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("Cannot write docs/CI_CD_RUNBOOK.md: ")
        .hasMessageContaining("docs is a file where a folder should be. Move it away")
        .hasMessageEndingWith("Nothing was written.");
    assertThat(repo.resolve(".github")).exists(); // folders only: no file of the set is in place
    try (Stream<Path> written = Files.walk(repo)) {
      assertThat(written.filter(Files::isRegularFile)).containsExactly(repo.resolve("docs"));
    }
  }

  @Test
  void aFifoNamedCodeownersIsNeitherReadNorReplacedAndInitDoesNotHang() throws Exception {
    Files.createDirectories(repo.resolve(".github"));
    Assumptions.assumeTrue(run("mkfifo", repo.resolve(".github/CODEOWNERS").toString()));

    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(() -> init(SETTINGS, false))
                .isInstanceOf(GateFailure.class)
                .hasMessageContaining("CODEOWNERS exists but is not a regular file"));
  }

  @Test
  void jvmConfigLetsErrorProneIntoMavensJvmWithTheQuickJit() throws Exception {
    init(SETTINGS, false);

    assertThat(Files.readAllLines(repo.resolve(".mvn/jvm.config")))
        .contains(
            "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")
        .endsWith("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
        .hasSize(12);
    assertThat(repo.resolve(".mvn/extensions.xml"))
        .content()
        .contains("<artifactId>maven-build-cache-extension</artifactId>");
  }
}
