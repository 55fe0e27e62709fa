package dev.lifeos.maven.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How old the NVD data of a dependency audit is, as OWASP Dependency-Check records it in its JSON
 * report ({@code scanInfo.dataSource}): when the NVD data it holds was last modified (the newest
 * change the NVD API or the mirror's {@code cache.properties} gave it) and when it last checked for
 * changes.
 *
 * <p>The report is streamed and only {@code scanInfo} is read, so a report of any size costs the
 * same; it comes before the dependencies in every report Dependency-Check writes.
 */
public record NvdDataAge(Instant lastModified, Optional<Instant> lastChecked) {
  static final String LAST_MODIFIED = "NVD API Last Modified";
  static final String CACHE_LAST_MODIFIED = "NVD Cache Last Modified";
  static final String LAST_CHECKED = "NVD API Last Checked";

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxStringLength(1 << 20)
                      .build())
              .build());

  /** The data's age at {@code now}; zero when its clock is ahead of ours. */
  public Duration age(Instant now) {
    Duration age = Duration.between(lastModified, now);
    return age.isNegative() ? Duration.ZERO : age;
  }

  /** Reads {@code scanInfo.dataSource} of a Dependency-Check JSON report. */
  public static NvdDataAge read(Path report) throws GateFailure, IOException {
    if (!Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)) {
      throw new GateFailure(
          report
              + " is not a regular file: the age of the NVD data is read from Dependency-Check's"
              + " JSON report. Keep JSON in its formats (lifeos-parent writes HTML, JSON and"
              + " SARIF), or switch this check off with -Dlifeos.audit.dataAge.skip=true.");
    }
    JsonNode scanInfo;
    try (JsonParser parser = MAPPER.createParser(report.toFile())) {
      scanInfo = scanInfo(report, parser);
    } catch (JsonProcessingException e) {
      throw new GateFailure(
          report
              + " is not a Dependency-Check JSON report: "
              + e.getOriginalMessage()
              + " (line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + "). Run the audit again: ./mvnw verify -Dlifeos.audit.skip=false.");
    }
    Optional<Instant> lastModified =
        timestamp(report, scanInfo, LAST_MODIFIED, CACHE_LAST_MODIFIED);
    if (lastModified.isEmpty()) {
      throw new GateFailure(
          report
              + " does not say when its NVD data was last modified (no \""
              + LAST_MODIFIED
              + "\" in scanInfo.dataSource): the data directory holds no NVD data yet. Update"
              + " it first: ./mvnw -N dependency-check:update-only -Dlifeos.audit.skip=false.");
    }
    return new NvdDataAge(lastModified.get(), timestamp(report, scanInfo, LAST_CHECKED));
  }

  /** The top-level {@code scanInfo} object, or a missing node; the rest of the file is skipped. */
  private static JsonNode scanInfo(Path report, JsonParser parser) throws GateFailure, IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new GateFailure(
          report
              + " holds no JSON object, so it is no Dependency-Check report. Run the audit again:"
              + " ./mvnw verify -Dlifeos.audit.skip=false.");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if ("scanInfo".equals(name)) {
        JsonNode node = parser.readValueAsTree();
        return node == null ? MAPPER.missingNode() : node;
      }
      parser.skipChildren();
    }
    return MAPPER.missingNode();
  }

  /** The timestamp of the first of these data sources the report lists. */
  private static Optional<Instant> timestamp(Path report, JsonNode scanInfo, String... sources)
      throws GateFailure {
    for (String source : sources) {
      for (JsonNode entry : scanInfo.path("dataSource")) {
        if (source.equals(entry.path("name").asText())) {
          return Optional.of(parse(report, source, entry.path("timestamp").asText("")));
        }
      }
    }
    return Optional.empty();
  }

  private static Instant parse(Path report, String source, String value) throws GateFailure {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new GateFailure(
          report
              + ": \""
              + source
              + "\" is \""
              + value
              + "\", not an ISO-8601 instant. Run the audit again with a Dependency-Check"
              + " that writes one (dep.plugin.dependencycheck.version).");
    }
  }
}
