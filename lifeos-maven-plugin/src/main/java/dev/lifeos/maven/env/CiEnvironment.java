package dev.lifeos.maven.env;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The committed CI environment file (spec 4.3, {@code .env.ci}): parsed, checked for secrets, and
 * turned into the variables the test JVMs get.
 */
public record CiEnvironment(Path file, List<EnvEntry> entries) {
  public CiEnvironment {
    entries = List.copyOf(entries);
  }

  /**
   * The file named {@code fileName} in {@code moduleDir}, else in the nearest directory above it up
   * to {@code topDir} (the build's root), so one file at the root serves every module.
   */
  public static Optional<Path> locate(Path moduleDir, Path topDir, String fileName) {
    Path top = topDir.toAbsolutePath().normalize();
    Path dir = moduleDir.toAbsolutePath().normalize();
    while (dir != null) {
      Path candidate = dir.resolve(fileName);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (dir.equals(top) || !dir.startsWith(top)) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * Reads {@code file} and fails, naming each key and line (never a value), when it holds something
   * that looks like a secret.
   */
  public static CiEnvironment read(Path file, SecretScan scan) throws GateFailure, IOException {
    List<EnvEntry> entries = EnvFile.parse(file);
    List<SecretScan.Finding> findings = scan.scan(entries);
    if (!findings.isEmpty()) {
      StringBuilder message =
          new StringBuilder(file.toString())
              .append(" is committed and must not hold secrets, but ")
              .append(findings.size() == 1 ? "this value looks" : "these values look")
              .append(" like one:");
      for (SecretScan.Finding finding : findings) {
        message
            .append("\n  line ")
            .append(finding.line())
            .append(": ")
            .append(finding.key())
            .append(" (")
            .append(finding.why())
            .append(")");
      }
      String example = findings.get(0).key();
      message
          .append("\nPut a placeholder there (changeme, <set-in-ci>, or ${")
          .append(example)
          .append("} to take the value from the CI environment) and keep the real value in")
          .append(" your CI's secrets. A value that is not secret: list its key in")
          .append(" -Dlifeos.envCi.allowedKeys.");
      throw new SecretsFound(message.toString());
    }
    return new CiEnvironment(file, entries);
  }

  /** The file holds what looks like a secret (unlike a file that cannot be read as an env file). */
  public static final class SecretsFound extends GateFailure {
    private static final long serialVersionUID = 1L;

    SecretsFound(String message) {
      super(message);
    }
  }

  /** The variables the test JVMs get; {@code KEY=${KEY}} entries are left to the environment. */
  public Map<String, String> variables() {
    Map<String, String> variables = new LinkedHashMap<>();
    for (EnvEntry entry : entries) {
      if (!entry.isEnvironmentReference()) {
        variables.put(entry.key(), entry.value());
      }
    }
    return variables;
  }

  /** Keys whose value comes from the environment the build runs in ({@code KEY=${NAME}}). */
  public List<String> inheritedKeys() {
    return entries.stream().filter(EnvEntry::isEnvironmentReference).map(EnvEntry::key).toList();
  }
}
