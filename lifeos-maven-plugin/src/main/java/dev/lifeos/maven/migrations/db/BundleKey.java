package dev.lifeos.maven.migrations.db;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * What an initialised cluster and zonky's extracted binaries depend on, as a short hex key: the
 * zonky jar (its initdb options: {@code -A trust -U postgres -E UTF-8}) and the jar holding the
 * PostgreSQL bundle (the binaries, so the PostgreSQL version), each by path, size and modification
 * time, and the user the files belong to. Reading no more than the two jars' attributes is the
 * point: zonky names the binaries' directory by hashing the whole 14 MB bundle, every run.
 */
final class BundleKey {
  private static final String ZONKY_CLASS =
      "io/zonky/test/db/postgres/embedded/EmbeddedPostgres.class";
  private static final String ARCH_UTILS = "io.zonky.test.db.postgres.util.ArchUtils";
  private static final String FORMAT = "lifeos-cluster-template-1";

  private BundleKey() {}

  /** The key for the zonky and binaries jars {@code loader} holds; empty when it cannot tell. */
  static Optional<String> of(ClassLoader loader) {
    try {
      Optional<Path> zonky = jarOf(loader.getResource(ZONKY_CLASS));
      Optional<Path> binaries = jarOf(loader.getResource(bundleName(loader)));
      if (zonky.isEmpty() || binaries.isEmpty()) {
        return Optional.empty();
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            FORMAT,
            identity(zonky.get()),
            identity(binaries.get()),
            System.getProperty("user.name", "")
          }) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return Optional.of(HexFormat.of().formatHex(digest.digest(), 0, 10));
    } catch (IOException
        | URISyntaxException
        | ReflectiveOperationException
        | NoSuchAlgorithmException
        | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** zonky's resource name for this machine's bundle: {@code postgres-linux-x86_64.txz}. */
  private static String bundleName(ClassLoader loader) throws ReflectiveOperationException {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
    String arch =
        (String)
            Class.forName(ARCH_UTILS, true, loader)
                .getMethod("normalize", String.class)
                .invoke(null, System.getProperty("os.arch"));
    return "postgres-" + system + "-" + arch + ".txz";
  }

  private static Optional<Path> jarOf(URL resource) throws IOException, URISyntaxException {
    if (resource == null || !"jar".equals(resource.getProtocol())) {
      return Optional.empty();
    }
    URL jar = ((JarURLConnection) resource.openConnection()).getJarFileURL();
    return "file".equals(jar.getProtocol()) ? Optional.of(Path.of(jar.toURI())) : Optional.empty();
  }

  private static String identity(Path jar) throws IOException {
    return jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar);
  }
}
