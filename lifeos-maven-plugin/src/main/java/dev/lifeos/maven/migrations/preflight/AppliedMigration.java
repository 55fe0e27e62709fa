package dev.lifeos.maven.migrations.preflight;

import java.util.Optional;
import org.flywaydb.core.api.MigrationInfo;

/**
 * One row of a database's Flyway schema history, as Flyway's own {@code info()} reads it.
 *
 * @param version the canonical version ({@code 1.2}), empty for a repeatable migration
 * @param description Flyway's description ({@code create accounts})
 * @param script the file or class it came from
 * @param checksum the checksum recorded when it ran; empty for a Java migration without one
 * @param failed true when the row records a failed run
 */
public record AppliedMigration(
    Optional<String> version,
    String description,
    String script,
    Optional<Integer> checksum,
    boolean failed) {

  static AppliedMigration of(MigrationInfo info) {
    return new AppliedMigration(
        Optional.ofNullable(info.getVersion()).map(v -> v.getVersion()),
        info.getDescription(),
        info.getScript(),
        Optional.ofNullable(info.getChecksum()),
        info.getState().isFailed());
  }

  /** How a report names it: {@code V3 (add transaction category)} or {@code R (refresh views)}. */
  public String name() {
    return version.map(v -> "V" + v).orElse("R") + " (" + description + ")";
  }

  /** What identifies it across databases: the version, or a repeatable's description. */
  String key() {
    return version.orElse("R:" + description);
  }
}
