package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.migrations.FlywayResource;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.support.BoundedFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.util.StringUtils;

/**
 * What Flyway is given to apply: the files the catalog read and validated, never the raw locations.
 * With this provider (and an empty Java class provider) Flyway creates no scanner of its own, so
 * nothing in a location that the catalog refused (a FIFO, a symlink loop, an excluded helper
 * script) can reach it. SQL migrations are the text the catalog checked and checksummed; callbacks
 * and per-script {@code .conf} files are read on demand with the same size bound.
 */
final class CatalogResources implements ResourceProvider {
  private final List<LoadableResource> resources = new ArrayList<>();

  CatalogResources(MigrationCatalog catalog, Charset encoding, long maxFileSize) {
    for (Migration migration : catalog.migrations()) {
      if (migration.language() == Migration.Language.SQL) {
        resources.add(
            new FlywayResource(
                relative(migration.file(), catalog.locations()),
                migration.file(),
                migration::text));
      }
    }
    for (MigrationCatalog.LocatedFile other : catalog.otherFlywayFiles()) {
      resources.add(
          new FlywayResource(
              other.location().relativize(other.file()).toString(),
              other.file(),
              () -> text(other.file(), encoding, maxFileSize)));
    }
  }

  @Override
  public LoadableResource getResource(String name) {
    String wanted = name.replace('\\', '/').toLowerCase(Locale.ROOT);
    return resources.stream()
        .filter(
            r ->
                r.getRelativePath().toLowerCase(Locale.ROOT).equals(wanted)
                    || r.getAbsolutePathOnDisk().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElse(null);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return resources.stream()
        .filter(r -> StringUtils.startsAndEndsWith(r.getFilename(), prefix, suffixes))
        .toList();
  }

  private static String relative(Path file, List<MigrationLocation> locations) {
    Optional<Path> location =
        locations.stream().map(MigrationLocation::directory).filter(file::startsWith).findFirst();
    return location.map(l -> l.relativize(file)).orElse(file.getFileName()).toString();
  }

  private static String text(Path file, Charset encoding, long maxFileSize) throws IOException {
    return BoundedFile.decode(BoundedFile.read(file, maxFileSize), encoding)
        .orElseThrow(() -> new IOException("not " + encoding + " text"));
  }
}
