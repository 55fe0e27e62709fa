package dev.lifeos.maven.secrets;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in text before it reaches a log line or an exception message.
 *
 * <p>Every lifeos goal sends its output through one masker, so a JDBC driver or Flyway error that
 * echoes a URL cannot leak the password in it. It masks:
 *
 * <ul>
 *   <li>the password of {@code scheme://user:password@host} URLs;
 *   <li>values of {@code password=}, {@code token=}, {@code secret=} style key/value pairs, and of
 *       {@code "password": "..."} in JSON (not {@code token: x}, which parser errors print for
 *       SQL);
 *   <li>known secret values wherever they appear: values of parameters marked secret, of
 *       environment variables named {@code *_PASSWORD}, {@code *_TOKEN}, {@code *_SECRET} (and a
 *       few kin), and the passwords inside any environment variable that holds a URL ({@code
 *       DATABASE_URL=postgres://app:pw@db/app}), also in their URL-encoded form. Known values are
 *       masked even where no pattern would find them: a driver that prints only the password, or a
 *       URL it cut apart.
 * </ul>
 */
public final class SecretMasker {
  public static final String MASK = "****";

  /** Shorter values are not treated as secrets: masking "1" everywhere would garble the log. */
  private static final int MIN_SECRET_LENGTH = 4;

  private static final Pattern SECRET_ENV_NAME =
      Pattern.compile(
          "(?i).*(PASSWORD|PASSWD|_PASS|_PWD|TOKEN|SECRET|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS)$");

  private static final Pattern URL_USERINFO =
      Pattern.compile(
          "(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?<user>[^/@\\s:]*):(?<pass>[^@\\s/]*)@");

  private static final Pattern KEY_VALUE =
      Pattern.compile(
          "(?i)(?<key>\\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)\\b)"
              + "(?<sep>\\s*=\\s*|\"?\\s*:\\s*\")(?<value>\"[^\"]*\"|'[^']*'|[^\\s&;,'\"]+)");

  private final List<String> literals;

  private SecretMasker(Collection<String> secrets) {
    Set<String> all = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
        all.add(secret);
        all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      }
    }
    // Longest first, so a secret that contains another is masked whole.
    this.literals =
        all.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /**
   * A masker for the given environment plus explicitly secret values (e.g. a password parameter).
   */
  public static SecretMasker of(Map<String, String> environment, Collection<String> secretValues) {
    Set<String> secrets = new LinkedHashSet<>(secretValues);
    environment.forEach(
        (name, value) -> {
          if (SECRET_ENV_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches()) {
            secrets.add(value);
          }
          secrets.addAll(credentialsIn(value));
        });
    return new SecretMasker(secrets);
  }

  /**
   * The passwords written into {@code text}: of {@code scheme://user:password@} and of {@code
   * password=} style pairs (a JDBC URL's query, a connection string).
   */
  public static List<String> credentialsIn(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher userInfo = URL_USERINFO.matcher(text);
    while (userInfo.find()) {
      String password = userInfo.group("pass");
      found.add(password);
      try {
        found.add(URLDecoder.decode(password, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException notEncoded) {
        // a '%' that starts no escape: the password is only what was written
      }
    }
    Matcher pair = KEY_VALUE.matcher(text);
    while (pair.find()) {
      found.add(pair.group("value").replaceAll("^[\"']|[\"']$", ""));
    }
    return found;
  }

  /** A masker that also hides {@code secret}; the original is unchanged. */
  public SecretMasker with(String secret) {
    Set<String> secrets = new LinkedHashSet<>(literals);
    secrets.add(secret);
    return new SecretMasker(secrets);
  }

  public String mask(CharSequence text) {
    if (text == null) {
      return "null";
    }
    String masked = text.toString();
    for (String literal : literals) {
      masked = masked.replace(literal, MASK);
    }
    masked =
        replaceAll(
            URL_USERINFO, masked, m -> m.group("scheme") + m.group("user") + ":" + MASK + "@");
    return replaceAll(KEY_VALUE, masked, m -> m.group("key") + m.group("sep") + MASK);
  }

  private static String replaceAll(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
