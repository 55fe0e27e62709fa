package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.support.BoundedFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Initialised PostgreSQL clusters kept for the next start, so that it copies one (42 MB for
 * PostgreSQL 14: 0.2 s on a quiet machine) instead of running initdb (1.4 s). One template per
 * {@link BundleKey}, in {@code <root>/<key>/}: the cluster as initdb left it ({@code data/}), a
 * manifest of every entry with its mode and CRC-32, and where zonky extracted the binaries it came
 * from.
 *
 * <p>A template is built in a directory of its own and renamed into place whole, so no run sees a
 * half-written one, and of two runs that build one at the same time the first rename wins. A copy
 * checks every file against the manifest as it goes: a template that does not match (a file
 * changed, cut short, missing or extra) is removed, and the run falls back to initdb, which builds
 * the next one. The directory is private to its user (0700) and is used only when it is. The
 * {@value #KEPT} most recently used keys are kept; older keys and what killed runs left go.
 */
final class ClusterTemplates {
  static final int KEPT = 3;
  private static final String MANIFEST = "manifest.txt";
  private static final String HEADER = "lifeos-cluster-template 1";
  private static final String BINARIES = "binaries.properties";
  private static final Set<String> NOT_COPIED =
      Set.of("epg-lock", "postmaster.pid", "postmaster.opts");
  private static final Pattern LEFT_BY = Pattern.compile("^\\.(?:building|removing)-(\\d+)-");
  private static final Set<PosixFilePermission> PRIVATE =
      PosixFilePermissions.fromString("rwx------");
  private static final Duration LEFTOVER_AGE = Duration.ofHours(1);
  private static final int BUFFER = 1 << 20;

  private final Path root;

  ClusterTemplates(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /**
   * Copies the template of {@code key} to {@code dataDirectory} (which must not exist yet),
   * checking each file against the manifest. False when there is none or it does not match (it is
   * then removed); {@code dataDirectory} is then gone too, for initdb to start afresh.
   */
  boolean copyInto(String key, Path dataDirectory) {
    Path template = root.resolve(key);
    if (!isPrivate() || !Files.isDirectory(template, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      copyChecked(template, dataDirectory);
      Files.setLastModifiedTime(template, FileTime.from(Instant.now())); // most recently used
      return true;
    } catch (IOException | RuntimeException corrupt) {
      DataDirectories.delete(dataDirectory);
      remove(template);
      return false;
    }
  }

  /**
   * Builds a template of {@code dataDirectory}, a cluster initdb has just made and no server has
   * run in yet, and puts it in place for {@code key} unless another run did first. True when it is
   * in place (this run's or another's).
   */
  boolean keep(String key, Path dataDirectory) {
    Path building = null;
    try {
      if (!makePrivate()) {
        return false;
      }
      building = Files.createDirectory(root.resolve(leftoverName("building")));
      writeManifest(copyAndList(dataDirectory, building.resolve("data")), building);
      Files.move(building, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
      building = null;
      sweep();
      return true;
    } catch (IOException | RuntimeException notKept) {
      // another run put its template in place first, or the disk is full: initdb next time
      return Files.isDirectory(root.resolve(key), LinkOption.NOFOLLOW_LINKS);
    } finally {
      if (building != null) {
        DataDirectories.delete(building);
      }
    }
  }

  /**
   * Where zonky extracted the binaries of {@code key}, when it has been recorded and zonky would
   * take the directory as complete (its {@code .exists} mark newer than everything in it).
   */
  Optional<Path> binaries(String key) {
    Path record = root.resolve(key).resolve(BINARIES);
    if (!isPrivate() || !Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(boundedText(record)));
      Path directory = Path.of(properties.getProperty("directory", ""));
      return complete(directory) ? Optional.of(directory) : Optional.empty();
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** Records where zonky extracted the binaries of {@code key}, if its template is in place. */
  void recordBinaries(String key, Path directory) {
    Path template = root.resolve(key);
    if (!isPrivate() || !Files.isDirectory(template, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Properties properties = new Properties();
    properties.setProperty("directory", directory.toAbsolutePath().toString());
    try {
      Path temporary = template.resolve(BINARIES + "." + UUID.randomUUID());
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        properties.store(writer, "zonky's binaries for this template");
      }
      Files.move(temporary, template.resolve(BINARIES), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException notRecorded) {
      // the template was removed meanwhile: zonky hashes the bundle next time
    }
  }

  /**
   * Keeps the {@value #KEPT} most recently used templates; removes the rest, and what runs that
   * were killed while building or removing one left behind.
   */
  void sweep() {
    if (!isPrivate()) {
      return;
    }
    List<Path> templates = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
      for (Path child : children) {
        Matcher leftover = LEFT_BY.matcher(child.getFileName().toString());
        if (!leftover.find()) {
          templates.add(child);
        } else if (ended(Long.parseLong(leftover.group(1)), child)) {
          DataDirectories.delete(child);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return;
    }
    templates.sort(Comparator.comparing(ClusterTemplates::lastUsed).reversed());
    templates.stream().skip(KEPT).forEach(this::remove);
  }

  private void copyChecked(Path template, Path dataDirectory) throws IOException {
    List<String> lines = boundedText(template.resolve(MANIFEST)).lines().toList();
    if (lines.size() < 2
        || !lines.get(0).equals(HEADER)
        || !lines.get(lines.size() - 1).equals("end " + (lines.size() - 2))) {
      throw new IOException("manifest incomplete");
    }
    Path source = template.resolve("data");
    if (count(source) != lines.size() - 2) {
      throw new IOException("files added or removed");
    }
    createPrivateDirectory(dataDirectory);
    ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
    for (String line : lines.subList(1, lines.size() - 1)) {
      Entry entry = Entry.parse(line);
      Path from = source.resolve(entry.path());
      Path to = dataDirectory.resolve(entry.path());
      if (!from.normalize().startsWith(source) || entry.path().isEmpty()) {
        throw new IOException("path outside the template: " + entry.path());
      }
      if (entry.directory()) {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException("not a directory: " + from);
        }
        Files.createDirectory(to, PosixFilePermissions.asFileAttribute(entry.mode()));
      } else {
        if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)
            || copy(from, to, entry.mode(), buffer) != entry.checksum()) {
          throw new IOException("changed: " + from);
        }
      }
    }
  }

  /** Copies {@code from} into {@code to}, listing every entry (directories before their files). */
  private static List<Entry> copyAndList(Path from, Path to) throws IOException {
    List<Entry> entries = new ArrayList<>();
    ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
    createPrivateDirectory(to);
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            if (!dir.equals(from)) {
              Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
              Files.createDirectory(
                  to.resolve(from.relativize(dir).toString()),
                  PosixFilePermissions.asFileAttribute(mode));
              entries.add(new Entry(true, mode, 0, path(dir)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (!attributes.isRegularFile()) {
              throw new IOException("not a regular file: " + file);
            }
            if (!(file.getParent().equals(from)
                && NOT_COPIED.contains(file.getFileName().toString()))) {
              Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
              long checksum = copy(file, to.resolve(path(file)), mode, buffer);
              entries.add(new Entry(false, mode, checksum, path(file)));
            }
            return FileVisitResult.CONTINUE;
          }

          private String path(Path entry) {
            return from.relativize(entry).toString().replace('\\', '/');
          }
        });
    return entries;
  }

  /**
   * Copies a file, created with {@code mode}, through {@code buffer} (direct: the bytes stay out of
   * the Java heap, and the CRC is computed natively); returns the CRC-32 of what it copied.
   */
  private static long copy(Path from, Path to, Set<PosixFilePermission> mode, ByteBuffer buffer)
      throws IOException {
    CRC32 crc = new CRC32();
    try (FileChannel in =
            FileChannel.open(from, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        FileChannel out =
            FileChannel.open(
                to,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(mode))) {
      while (in.read(buffer.clear()) >= 0) {
        buffer.flip();
        crc.update(buffer);
        buffer.rewind();
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
    }
    return crc.getValue();
  }

  private static void writeManifest(List<Entry> entries, Path template) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    entries.forEach(entry -> lines.add(entry.line()));
    lines.add("end " + entries.size());
    Files.write(template.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
  }

  /** A file of the template (about 34 KB for a manifest of PostgreSQL 14), read with a bound. */
  private static String boundedText(Path file) throws IOException {
    return new String(BoundedFile.read(file, BoundedFile.CONFIG_LIMIT), StandardCharsets.UTF_8);
  }

  private static long count(Path directory) throws IOException {
    try (var entries = Files.walk(directory)) {
      return entries.count() - 1;
    }
  }

  /** zonky's own test of an extracted bundle (its {@code .exists} mark is the newest entry). */
  private static boolean complete(Path directory) throws IOException {
    Path mark = directory.resolve(".exists");
    if (!Files.isRegularFile(mark) || !Files.isExecutable(directory.resolve("bin/postgres"))) {
      return false;
    }
    long marked = Files.getLastModifiedTime(mark).toMillis();
    if (Files.getLastModifiedTime(directory).toMillis() - 100 > marked) {
      return false;
    }
    try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
      for (Path child : children) {
        if (!child.equals(mark) && Files.getLastModifiedTime(child).toMillis() > marked) {
          return false;
        }
      }
    }
    return true;
  }

  /** Creates the root private to this user, or says whether it is. */
  private boolean makePrivate() throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(root.getParent());
      try {
        createPrivateDirectory(root);
      } catch (java.nio.file.FileAlreadyExistsException another) {
        // created by another run meanwhile
      }
    }
    return isPrivate();
  }

  /** Whether no other user can have put or changed anything in the root. */
  private boolean isPrivate() {
    try {
      return Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)
          && Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE)
          && Files.getOwner(root, LinkOption.NOFOLLOW_LINKS)
              .getName()
              .equals(System.getProperty("user.name"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static void createPrivateDirectory(Path directory) throws IOException {
    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE));
    Files.setPosixFilePermissions(directory, PRIVATE); // whatever the umask
  }

  /** Takes {@code template} out of use by renaming it, then deletes it. */
  private void remove(Path template) {
    try {
      Path removing =
          Files.move(
              template, root.resolve(leftoverName("removing")), StandardCopyOption.ATOMIC_MOVE);
      DataDirectories.delete(removing);
    } catch (IOException gone) {
      // another run removed it first
    }
  }

  private static String leftoverName(String what) {
    return "." + what + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
  }

  /** Whether the run that left {@code directory} has ended (or it is too old to be alive). */
  private static boolean ended(long pid, Path directory) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()
        || lastUsed(directory).isBefore(Instant.now().minus(LEFTOVER_AGE));
  }

  private static Instant lastUsed(Path template) {
    try {
      return Files.getLastModifiedTime(template, LinkOption.NOFOLLOW_LINKS).toInstant();
    } catch (IOException gone) {
      return Instant.EPOCH;
    }
  }

  /**
   * One line of the manifest: {@code d rwx------ 0 base} or {@code f rw------- <crc> base/1/112}.
   */
  private record Entry(
      boolean directory, Set<PosixFilePermission> mode, long checksum, String path) {
    String line() {
      return (directory ? "d " : "f ")
          + PosixFilePermissions.toString(mode)
          + " "
          + Long.toHexString(checksum)
          + " "
          + path;
    }

    static Entry parse(String line) throws IOException {
      String[] parts = line.split(" ", 4);
      if (parts.length != 4 || !(parts[0].equals("d") || parts[0].equals("f"))) {
        throw new IOException("manifest line not understood: " + line);
      }
      return new Entry(
          parts[0].equals("d"),
          PosixFilePermissions.fromString(parts[1]),
          Long.parseUnsignedLong(parts[2], 16),
          parts[3]);
    }
  }
}
