package dev.lifeos.maven.smoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a health answer says the service is healthy. The content type decides how the body is
 * read, so that a login or error page that happens to say "OK" never passes:
 *
 * <ul>
 *   <li>{@code application/json} or any {@code application/*+json} (Spring Boot's actuator type,
 *       the IETF draft's {@code application/health+json}): read as JSON;
 *   <li>{@code text/plain}: read as text;
 *   <li>no content type: JSON when it starts with <code>{</code>, never healthy when it starts with
 *       {@code <} (markup), else text;
 *   <li>anything else ({@code text/html}, XML, ...): never healthy.
 * </ul>
 *
 * The rules for each:
 *
 * <ul>
 *   <li>JSON: the {@code status} field is ok, healthy, up or pass (any case: Spring Boot's {@code
 *       "UP"}, the IETF health-check draft's {@code "pass"}); or, with no {@code status}, a boolean
 *       {@code healthy} or {@code ok} field is true.
 *   <li>Text: one of those words stands alone in it and none of down, unhealthy, fail, failed,
 *       error, not does ({@code "OK"} passes, {@code "broken"} and {@code "not ok"} do not).
 * </ul>
 */
final class HealthVerdict {
  private static final Set<String> HEALTHY = Set.of("ok", "healthy", "up", "pass");
  private static final Pattern HEALTHY_WORD =
      Pattern.compile("(?i)(?<![\\w-])(ok|healthy|up|pass)(?![\\w-])");
  private static final Pattern UNHEALTHY_WORD =
      Pattern.compile("(?i)(?<![\\w-])(down|unhealthy|fail|failed|failing|error|not)(?![\\w-])");
  private static final ObjectMapper JSON = new ObjectMapper();

  private HealthVerdict() {}

  /** Null when healthy, else why not (for the log and the report). */
  static String problem(Optional<String> contentType, String body) {
    String text = body.strip();
    if (text.isEmpty()) {
      return "the body is empty; expected a status of ok, healthy or UP";
    }
    String mediaType =
        contentType.map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    if (mediaType.equals("application/json")
        || (mediaType.startsWith("application/") && mediaType.endsWith("+json"))
        || (mediaType.isEmpty() && text.startsWith("{"))) {
      return jsonProblem(text);
    }
    if (!mediaType.isEmpty() && !mediaType.equals("text/plain")) {
      return notAStatus(mediaType, text);
    }
    if (mediaType.isEmpty() && text.startsWith("<")) {
      return notAStatus("markup without a content type", text);
    }
    if (HEALTHY_WORD.matcher(text).find() && !UNHEALTHY_WORD.matcher(text).find()) {
      return null;
    }
    return "the body does not say ok, healthy or UP: " + Snippet.of(text);
  }

  private static String notAStatus(String what, String text) {
    return "the answer is "
        + what
        + ", not a health status (a login or error page?); a health endpoint answers"
        + " application/json or text/plain: "
        + Snippet.of(text);
  }

  private static String jsonProblem(String text) {
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return "the body is not valid JSON: " + Snippet.of(text);
    }
    JsonNode status = json.get("status");
    if (status != null && status.isTextual()) {
      return HEALTHY.contains(status.asText().toLowerCase(Locale.ROOT))
          ? null
          : "status is \"" + status.asText() + "\"; expected ok, healthy or UP";
    }
    for (String flag : new String[] {"healthy", "ok"}) {
      JsonNode value = json.get(flag);
      if (value != null && value.isBoolean()) {
        return value.asBoolean() ? null : flag + " is false";
      }
    }
    return "the JSON body has no \"status\" field: " + Snippet.of(text);
  }
}
