package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template cache's files, without a server: a kept cluster is copied back exactly (content and
 * modes); one that does not match its manifest is never used and is removed; a root another user
 * could write to is not used; old keys and what killed runs left are swept.
 */
class ClusterTemplatesTest {
  @TempDir Path dir;
  private ClusterTemplates templates;
  private Path cluster;

  @BeforeEach
  void aCluster() throws IOException {
    templates = new ClusterTemplates(dir.resolve("templates"));
    cluster = Files.createDirectory(dir.resolve("initdb"));
    Files.writeString(cluster.resolve("PG_VERSION"), "14\n");
    Files.writeString(cluster.resolve("postgresql.conf"), "max_connections = 100\n");
    Files.writeString(cluster.resolve("epg-lock"), ""); // zonky's lock: not part of a cluster
    Path base = Files.createDirectories(cluster.resolve("base/1"));
    Files.write(base.resolve("112"), new byte[70_000]);
    Files.setPosixFilePermissions(
        cluster.resolve("base"), PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(
        cluster.resolve("PG_VERSION"), PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void aKeptClusterIsCopiedBackWithItsContentAndModes() throws IOException {
    templates.keep("k1", cluster);
    Path copy = dir.resolve("run/data");
    Files.createDirectories(copy.getParent());

    assertThat(templates.copyInto("k1", copy)).isTrue();

    assertThat(copy.resolve("PG_VERSION")).hasContent("14");
    assertThat(copy.resolve("base/1/112")).hasSameBinaryContentAs(cluster.resolve("base/1/112"));
    assertThat(copy.resolve("epg-lock")).doesNotExist();
    assertThat(mode(copy)).isEqualTo("rwx------");
    assertThat(mode(copy.resolve("base"))).isEqualTo("rwx------");
    assertThat(mode(copy.resolve("PG_VERSION"))).isEqualTo("rw-------");
    assertThat(mode(templates.root())).isEqualTo("rwx------");
  }

  @Test
  void aTemplateChangedCutShortOrAddedToIsRemovedNotUsed() throws IOException {
    List<ThrowingEdit> damages =
        List.of(
            data ->
                Files.write(data.resolve("base/1/112"), new byte[] {1}, StandardOpenOption.APPEND),
            data -> Files.write(data.resolve("base/1/112"), new byte[69_999]),
            data -> Files.writeString(data.resolve("PG_VERSION"), "15\n"),
            data -> Files.delete(data.resolve("postgresql.conf")),
            data -> Files.writeString(data.resolve("base/1/extra"), "x"),
            data ->
                Files.writeString(
                    data.getParent().resolve("manifest.txt"), "lifeos-cluster-template 1\n"));
    int run = 0;
    for (ThrowingEdit damage : damages) {
      templates.keep("k1", cluster);
      damage.apply(templates.root().resolve("k1/data"));
      Path copy = dir.resolve("run" + ++run + "/data");
      Files.createDirectories(copy.getParent());

      assertThat(templates.copyInto("k1", copy)).as("damage %d", run).isFalse();

      assertThat(copy).as("damage %d", run).doesNotExist();
      assertThat(templates.root().resolve("k1")).as("damage %d", run).doesNotExist();
    }
    assertThat(children(templates.root())).isEmpty();
  }

  @Test
  void aRootOtherUsersCanWriteToIsNotUsed() throws IOException {
    templates.keep("k1", cluster);
    Files.setPosixFilePermissions(templates.root(), PosixFilePermissions.fromString("rwxrwxrwx"));
    Path copy = dir.resolve("run/data");
    Files.createDirectories(copy.getParent());

    assertThat(templates.copyInto("k1", copy)).isFalse();
    assertThat(templates.root().resolve("k1")).exists(); // not ours to judge: left alone
  }

  @Test
  void onlyTheMostRecentlyUsedKeysAreKeptAndLeftoversOfEndedRunsGo() throws Exception {
    for (int key = 1; key <= ClusterTemplates.KEPT + 2; key++) {
      templates.keep("k" + key, cluster);
      Files.setLastModifiedTime(
          templates.root().resolve("k" + key),
          FileTime.from(Instant.now().minusSeconds(100 - key)));
    }
    Path deadBuilder =
        Files.createDirectory(templates.root().resolve(".building-" + endedPid() + "-x"));
    Path liveBuilder =
        Files.createDirectory(
            templates.root().resolve(".building-" + ProcessHandle.current().pid() + "-y"));

    templates.sweep();

    assertThat(children(templates.root()))
        .containsExactlyInAnyOrder("k3", "k4", "k5", liveBuilder.getFileName().toString());
    assertThat(deadBuilder).doesNotExist();
  }

  @Test
  void recordedBinariesAreOnlyReturnedWhileZonkyWouldTakeThemAsComplete() throws IOException {
    templates.keep("k1", cluster);
    Path binaries = Files.createDirectories(dir.resolve("PG-abc/bin"));
    Files.writeString(binaries.resolve("postgres"), "#!/bin/sh\n");
    binaries.resolve("postgres").toFile().setExecutable(true);
    Path extracted = binaries.getParent();
    Files.writeString(extracted.resolve(".exists"), "");
    Files.setLastModifiedTime(
        extracted.resolve(".exists"), FileTime.from(Instant.now().plusSeconds(5)));
    templates.recordBinaries("k1", extracted);

    assertThat(templates.binaries("k1")).contains(extracted);
    assertThat(templates.binaries("k2")).isEmpty();

    Files.delete(extracted.resolve(".exists"));
    assertThat(templates.binaries("k1")).isEmpty();
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static List<String> children(Path directory) throws IOException {
    try (Stream<Path> children = Files.list(directory)) {
      return children.map(child -> child.getFileName().toString()).toList();
    }
  }

  private static long endedPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }

  @FunctionalInterface
  private interface ThrowingEdit {
    void apply(Path data) throws IOException;
  }
}
