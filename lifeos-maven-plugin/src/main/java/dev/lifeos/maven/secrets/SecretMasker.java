package dev.lifeos.maven.secrets;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in text before it reaches a log line or an exception message.
 *
 * <p>Every lifeos goal sends its output through one masker, so a JDBC driver or Flyway error that
 * echoes a URL cannot leak the password in it. It masks:
 *
 * <ul>
 *   <li>the password of {@code scheme://user:password@host} URLs, also when it holds {@code / @ # ?
 *       :} unescaped ({@link UrlUserInfo});
 *   <li>values of {@code key=value} pairs, and of {@code "key": "..."} in JSON, whose key is named
 *       like a secret ({@link SecretNames}: {@code password=}, {@code db_password=}, {@code
 *       client-secret=}; not {@code token: x}, which parser errors print for SQL);
 *   <li>known secret values wherever they appear: values of parameters marked secret, of
 *       environment variables named like a secret ({@link SecretNames#isSecretVariable}: {@code
 *       DB_PASSWORD}, {@code GH_TOKEN}, {@code AWS_SECRET_ACCESS_KEY}, {@code STRIPE_KEY}, {@code
 *       DB_PASSPHRASE}), and the passwords inside any environment variable that holds a URL ({@code
 *       DATABASE_URL=postgres://app:pw@db/app}), also URL-encoded, URL-decoded, and each stretch of
 *       them between two of {@code @ / # ? : & = ; %} ({@link #forms}). Known values are masked
 *       even where no pattern would find them: a driver that prints only the password, or the part
 *       of it left after it cut a URL at the wrong place.
 * </ul>
 */
public final class SecretMasker {
  public static final String MASK = "****";

  /** Shorter values are not treated as secrets: masking "1" everywhere would garble the log. */
  private static final int MIN_SECRET_LENGTH = 4;

  /**
   * Where a password written into a URL or a connection string may be cut by a parser that reads it
   * wrongly: every stretch of a secret between two of these (or its ends) is masked too.
   */
  private static final Pattern CUT = Pattern.compile("[@/#?:&=;%]");

  /** A secret with more cut points than this is masked whole and at its first and last ones. */
  private static final int MAX_CUTS = 12;

  /**
   * A {@code key=value} pair or a JSON {@code "key": "value"}; it holds a secret when the key is
   * named like one. Keys are bounded (and matched possessively): a pair is looked for at every word
   * of every line.
   */
  private static final Pattern KEY_VALUE =
      Pattern.compile(
          "(?<key>\\b[A-Za-z][A-Za-z0-9_.-]{0,127}+)"
              + "(?<sep>\\s*=\\s*|\"?\\s*:\\s*\")(?<value>\"[^\"]*\"|'[^']*'|[^\\s&;,'\"]+)");

  private final List<String> literals;

  private SecretMasker(Collection<String> secrets) {
    Set<String> all = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
        all.addAll(forms(secret));
      }
    }
    all.removeIf(form -> form.length() < MIN_SECRET_LENGTH);
    // Longest first, so a secret that contains another is masked whole.
    this.literals =
        all.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /**
   * Every form in which {@code secret} may be printed: as it is, URL-encoded (form and path style),
   * URL-decoded, and each stretch of it between two cut points ({@code @ / # ? : & = ; %}), which
   * is what a parser prints when it splits a URL at the wrong {@code @} or {@code #}.
   */
  static Set<String> forms(String secret) {
    Set<String> forms = new LinkedHashSet<>();
    String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    forms.add(secret);
    forms.add(encoded);
    forms.add(encoded.replace("+", "%20"));
    try {
      forms.add(URLDecoder.decode(secret, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException notEncoded) {
      // a '%' that starts no escape: the secret is only what was written
    }
    List<Integer> cuts = new ArrayList<>();
    cuts.add(-1);
    Matcher cut = CUT.matcher(secret);
    while (cut.find()) {
      cuts.add(cut.start());
    }
    cuts.add(secret.length());
    if (cuts.size() > MAX_CUTS + 2) {
      cuts = List.of(-1, cuts.get(1), cuts.get(cuts.size() - 2), secret.length());
    }
    for (int from = 0; from < cuts.size(); from++) {
      for (int to = from + 1; to < cuts.size(); to++) {
        if (cuts.get(from) + 1 < cuts.get(to)) {
          forms.add(secret.substring(cuts.get(from) + 1, cuts.get(to)));
        }
      }
    }
    return forms;
  }

  /**
   * A masker for the given environment plus explicitly secret values (e.g. a password parameter).
   */
  public static SecretMasker of(Map<String, String> environment, Collection<String> secretValues) {
    Set<String> secrets = new LinkedHashSet<>(secretValues);
    environment.forEach(
        (name, value) -> {
          if (SecretNames.isSecretVariable(name)) {
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
    found.addAll(UrlUserInfo.passwordsIn(text));
    secretPairs(text, pair -> found.add(pair.group("value").replaceAll("^[\"']|[\"']$", "")));
    return found;
  }

  /**
   * Calls {@code action} with each {@link #KEY_VALUE} pair of {@code text} whose key is named like
   * a secret, left to right. A pair with another key is passed over from its separator on, so that
   * {@code a=password=x} still finds {@code password=x}.
   */
  private static void secretPairs(String text, Consumer<Matcher> action) {
    Matcher pair = KEY_VALUE.matcher(text);
    int from = 0;
    while (from < text.length() && pair.find(from)) {
      if (SecretNames.isSecretName(pair.group("key"))) {
        action.accept(pair);
        from = pair.end();
      } else {
        from = pair.end("sep");
      }
    }
  }

  public String mask(CharSequence text) {
    if (text == null) {
      return "null";
    }
    String masked = text.toString();
    for (String literal : literals) {
      masked = masked.replace(literal, MASK);
    }
    String urlsMasked = UrlUserInfo.maskPasswords(masked, MASK);
    StringBuilder out = new StringBuilder(urlsMasked.length());
    int[] copied = {0};
    secretPairs(
        urlsMasked,
        pair -> {
          out.append(urlsMasked, copied[0], pair.start("value")).append(MASK);
          copied[0] = pair.end();
        });
    return out.append(urlsMasked, copied[0], urlsMasked.length()).toString();
  }
}
