package dev.lifeos.maven.image;

import dev.lifeos.maven.release.SemVer;
import dev.lifeos.maven.support.GateFailure;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The image a build produces: its repository, its tags and its labels; what {@code image-tags}
 * hands to Jib and writes to {@code tags.json}.
 *
 * @param repository {@code registry/path} without a tag, e.g. {@code ghcr.io/acme/ledger}
 * @param labels OCI labels ({@code org.opencontainers.image.*}) and any configured ones
 */
public record ImagePlan(
    String repository,
    Trigger trigger,
    List<String> tags,
    boolean push,
    Optional<String> revision,
    Map<String, String> labels) {

  /** Registry host (with optional port) then lower-case path components, as Docker parses them. */
  private static final Pattern REPOSITORY =
      Pattern.compile(
          "^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
              + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$");

  public static final String LABEL_PREFIX = "org.opencontainers.image.";

  /**
   * The plan for one build.
   *
   * @param revision the commit id, when known
   * @param version the project version; a release tag's semver replaces it
   * @param created when the image's content was made: the commit time, so that two builds of one
   *     commit give the same image
   * @param source the repository URL, may be blank
   * @param configuredLabels labels configured for Jib by the user: they win over the OCI ones
   */
  public static ImagePlan of(
      String repository,
      ImageTags.Tags tags,
      Optional<String> revision,
      String version,
      Instant created,
      String source,
      String title,
      Map<String, String> configuredLabels) {
    Map<String, String> labels = new TreeMap<>();
    revision.ifPresent(sha -> labels.put(LABEL_PREFIX + "revision", sha));
    labels.put(LABEL_PREFIX + "created", created.truncatedTo(ChronoUnit.SECONDS).toString());
    labels.put(LABEL_PREFIX + "version", tags.release().map(SemVer::toString).orElse(version));
    labels.put(LABEL_PREFIX + "title", title);
    if (source != null && !source.isBlank()) {
      labels.put(LABEL_PREFIX + "source", source);
    }
    labels.putAll(configuredLabels);
    return new ImagePlan(
        repository, tags.trigger(), tags.tags(), tags.push(), revision, Map.copyOf(labels));
  }

  /** Labels as Jib's {@code jib.container.labels} property takes them: {@code k=v,k=v}. */
  public String jibLabels() {
    return new TreeMap<>(labels)
        .entrySet().stream()
            .map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
            .collect(Collectors.joining(","));
  }

  private static String escape(String text) {
    return text.replace(",", "\\,");
  }

  /** The primary image reference, {@code repository:first-tag}. */
  public String image() {
    return repository + ":" + tags.get(0);
  }

  /** Every reference the image gets, primary first. */
  public List<String> images() {
    return tags.stream().map(tag -> repository + ":" + tag).toList();
  }

  /** The tags after the primary one: what Jib calls additional tags. */
  public List<String> additionalTags() {
    return tags.subList(1, tags.size());
  }

  /**
   * A repository given whole ({@code ghcr.io/acme/ledger}), checked and lower-cased by the same
   * rules as {@link #repository(String, String, String)}.
   */
  public static String repository(String whole) throws GateFailure {
    String trimmed = whole.trim().replaceAll("/+$", "");
    int slash = trimmed.lastIndexOf('/');
    return slash < 0
        ? repository(null, trimmed, null)
        : repository(trimmed.substring(0, slash), trimmed.substring(slash + 1), null);
  }

  /**
   * The repository to push to: {@code registry/name}. Without a registry it is {@code
   * ghcr.io/<owner>/name} in GitHub Actions (from {@code GITHUB_REPOSITORY_OWNER}) and the bare
   * name elsewhere (fine for a tar, not for a push).
   */
  public static String repository(String registry, String name, String githubOwner)
      throws GateFailure {
    String host = registry == null ? "" : registry.trim().replaceAll("/+$", "");
    if (host.isEmpty() && githubOwner != null && !githubOwner.isBlank()) {
      host = "ghcr.io/" + githubOwner.trim().toLowerCase(Locale.ROOT);
    }
    String path = name.trim().toLowerCase(Locale.ROOT);
    String repository = host.isEmpty() ? path : host + "/" + path;
    if (!REPOSITORY.matcher(repository).matches()) {
      throw new GateFailure(
          "Image repository '"
              + repository
              + "' is not a valid image name. Set lifeos.image.registry to a registry and"
              + " namespace (ghcr.io/acme, 123456789012.dkr.ecr.eu-west-1.amazonaws.com) and"
              + " lifeos.image.name to lower-case letters, digits, '.', '_' and '-'.");
    }
    return repository;
  }
}
