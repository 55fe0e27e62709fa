package dev.lifeos.maven.env;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeos.maven.secrets.SecretNames;
import dev.lifeos.maven.secrets.UrlUserInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds values in a committed env file that look like secrets. A finding names the key, the line
 * and why, never the value.
 *
 * <ul>
 *   <li>a key named like a secret ({@link SecretNames}, the names the masker hides too) whose value
 *       is not empty, a placeholder, a boolean or a number;
 *   <li>any value holding a URL with a password (also unescaped, {@link UrlUserInfo}), JSON with a
 *       field named like a secret, a known token format (GitHub, GitLab, AWS, Slack tokens and
 *       webhook URLs, Stripe, Google API, JWT, a PEM private key), or a long high-entropy run that
 *       looks generated.
 * </ul>
 *
 * <p>Placeholders: {@code <...>}, {@code ${...}}, {@code $NAME}, {@code {{...}}}, one character
 * repeated ({@code xxxx}, {@code ****}), or words that are all placeholder words ({@code changeme},
 * {@code dummy}, {@code test}, {@code example}, {@code not-a-secret}, well-known default
 * credentials such as {@code postgres} or {@code sa}, ...).
 */
public final class SecretScan {
  /** One value that looks like a secret. */
  public record Finding(String key, int line, String why) {}

  private static final Set<String> PLACEHOLDER_WORDS =
      Set.of(
          "changeme",
          "change",
          "me",
          "dummy",
          "test",
          "testing",
          "tests",
          "example",
          "sample",
          "placeholder",
          "fake",
          "mock",
          "none",
          "null",
          "nil",
          "empty",
          "unset",
          "notset",
          "not",
          "set",
          "a",
          "todo",
          "tbd",
          "xxx",
          "ci",
          "local",
          "localhost",
          "dev",
          "secret",
          "password",
          "passwd",
          "token",
          "key",
          "value",
          "your",
          "here",
          "insecure",
          "do",
          "use",
          "in",
          "production",
          "only",
          "for",
          "postgres",
          "admin",
          "root",
          "guest",
          "sa",
          "user",
          "pass");

  private static final Pattern PLACEHOLDER_SHAPE =
      Pattern.compile("<[^<>]*>|\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*}}|(.)\\1*");

  private static final Pattern NUMBER_OR_BOOLEAN =
      Pattern.compile("(?i)[+-]?[0-9][0-9_.]*|true|false|yes|no|on|off");

  private static final Map<String, Pattern> TOKEN_FORMATS = tokenFormats();

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern GENERATED_RUN = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");
  private static final double GENERATED_ENTROPY = 4.0;

  private final Set<String> allowedKeys;

  /**
   * @param allowedKeys keys whose values are known not to be secret (comma-separated, may be empty)
   */
  public SecretScan(String allowedKeys) {
    this.allowedKeys =
        Set.copyOf(
            Arrays.stream(allowedKeys == null ? new String[0] : allowedKeys.split(","))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .toList());
  }

  public List<Finding> scan(List<EnvEntry> entries) {
    List<Finding> findings = new ArrayList<>();
    for (EnvEntry entry : entries) {
      if (!allowedKeys.contains(entry.key())) {
        why(entry).ifPresent(why -> findings.add(new Finding(entry.key(), entry.line(), why)));
      }
    }
    return findings;
  }

  private static Optional<String> why(EnvEntry entry) {
    String value = entry.value();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, Pattern> format : TOKEN_FORMATS.entrySet()) {
      if (format.getValue().matcher(value).find()) {
        return Optional.of("it holds " + format.getKey());
      }
    }
    for (String password : UrlUserInfo.passwordsIn(value)) {
      if (!password.isEmpty() && !isPlaceholder(password)) {
        return Optional.of("it holds a URL with a password");
      }
    }
    Optional<String> field = secretJsonField(value);
    if (field.isPresent()) {
      return Optional.of("it holds JSON whose field '" + field.get() + "' looks like a secret");
    }
    if (SecretNames.isSecretName(entry.key())
        && !isPlaceholder(value)
        && !NUMBER_OR_BOOLEAN.matcher(value).matches()) {
      return Optional.of("the key is named like a secret and the value is not a placeholder");
    }
    Matcher run = GENERATED_RUN.matcher(value);
    while (run.find()) {
      String candidate = run.group();
      if (candidate.chars().anyMatch(Character::isDigit)
          && candidate.chars().anyMatch(Character::isLetter)
          && entropy(candidate) >= GENERATED_ENTROPY) {
        return Optional.of("it holds a high-entropy string that looks like a generated key");
      }
    }
    return Optional.empty();
  }

  /**
   * The first field of a JSON value ({@code SPRING_APPLICATION_JSON={"spring":{"datasource":
   * {"password":"..."}}}}) named like a secret whose text is not a placeholder. Jackson's read
   * limits (nesting, string length) apply; a value that is not JSON has none.
   */
  private static Optional<String> secretJsonField(String value) {
    String text = value.strip();
    if (!text.startsWith("{") && !text.startsWith("[")) {
      return Optional.empty();
    }
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
    Deque<JsonNode> nodes = new ArrayDeque<>(List.of(json));
    while (!nodes.isEmpty()) {
      JsonNode node = nodes.pop();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode fieldValue = field.getValue();
        if (fieldValue.isTextual()
            && SecretNames.isSecretName(field.getKey())
            && !fieldValue.asText().isEmpty()
            && !isPlaceholder(fieldValue.asText())) {
          return Optional.of(field.getKey());
        }
      }
      node.elements().forEachRemaining(nodes::push);
    }
    return Optional.empty();
  }

  static boolean isPlaceholder(String value) {
    if (PLACEHOLDER_SHAPE.matcher(value).matches()) {
      return true;
    }
    String[] words = value.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    boolean any = false;
    for (String word : words) {
      String letters = word.replaceAll("[0-9]+$", "");
      if (word.isEmpty()) {
        continue;
      }
      if (!PLACEHOLDER_WORDS.contains(letters)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    text.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
    double bits = 0;
    for (int count : counts.values()) {
      double p = (double) count / text.length();
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }

  private static Map<String, Pattern> tokenFormats() {
    Map<String, Pattern> formats = new LinkedHashMap<>();
    formats.put("a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"));
    formats.put(
        "a GitHub token",
        Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"));
    formats.put("a GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}"));
    formats.put("an AWS access key id", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"));
    formats.put("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"));
    formats.put(
        "a Slack webhook URL",
        Pattern.compile("hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{8,}"));
    formats.put("a Stripe live key", Pattern.compile("\\b[sr]k_live_[A-Za-z0-9]{16,}"));
    formats.put("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}"));
    formats.put(
        "a JSON Web Token",
        Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    return formats;
  }
}
