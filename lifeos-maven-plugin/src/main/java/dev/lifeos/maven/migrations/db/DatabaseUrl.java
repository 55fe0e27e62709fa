package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.secrets.UrlUserInfo;
import dev.lifeos.maven.support.GateFailure;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A database URL as CI secrets hold it, made into a JDBC URL and credentials: {@code
 * jdbc:postgresql://host:5432/db?sslmode=require}, the same with {@code user:password@} before the
 * host (which the PostgreSQL driver would misread as a host name), the {@code
 * postgresql://user:password@host/db} form other tools use, or an H2 URL.
 *
 * <p>The password may be URL-encoded ({@code p%40ss}) or pasted in as it is, with {@code / @ # ? :
 * %} in it: {@link UrlUserInfo} finds where it ends, and user and password are decoded only when
 * the user information holds none of the characters encoding would have escaped.
 *
 * @param jdbcUrl the URL for the driver, without user information
 * @param user the user written in the URL
 * @param password the password written in the URL
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {
  private static final String JDBC_POSTGRESQL = "jdbc:postgresql://";

  /**
   * Reads {@code raw}; {@code setting} names where it came from, for the message when it is not a
   * URL the migrations can be applied to. The message never quotes the URL: it may hold a password.
   */
  public static DatabaseUrl parse(String raw, String setting) throws GateFailure {
    String url = raw.trim();
    for (String scheme : new String[] {"postgresql://", "postgres://"}) {
      if (url.startsWith(scheme)) {
        url = JDBC_POSTGRESQL + url.substring(scheme.length());
      }
    }
    if (url.startsWith("jdbc:h2:")) {
      return new DatabaseUrl(url, Optional.empty(), Optional.empty());
    }
    if (!url.startsWith(JDBC_POSTGRESQL)) {
      int colon = url.indexOf(':');
      throw new GateFailure(
          setting
              + " must be a PostgreSQL URL (jdbc:postgresql://host:5432/db, or"
              + " postgresql://user:password@host:5432/db) or an H2 URL (jdbc:h2:...); it starts with '"
              + (colon < 0 ? "" : url.substring(0, Math.min(colon + 1, 16)))
              + "'. Other databases are not supported yet.");
    }
    String rest = url.substring(JDBC_POSTGRESQL.length());
    if (UrlUserInfo.hasUnreadableUserInfo(rest)) {
      throw new GateFailure(
          setting
              + " has an '@' but no host[:port] after any '@' in it. Write it as"
              + " postgresql://user:password@host:5432/db, with the password URL-encoded if it"
              + " holds '@' (%40), '/' (%2F) or '#' (%23).");
    }
    Optional<UrlUserInfo> userInfo = UrlUserInfo.in(rest);
    if (userInfo.isEmpty()) {
      return new DatabaseUrl(url, Optional.empty(), Optional.empty());
    }
    UrlUserInfo info = userInfo.get();
    // URL-encoded, unless it holds characters that encoding would have escaped
    boolean encoded = !(info.user() + info.password().orElse("")).matches(".*[@/?#\\[\\]].*");
    return new DatabaseUrl(
        JDBC_POSTGRESQL + info.rest(),
        info.user().isEmpty() ? Optional.empty() : Optional.of(decode(info.user(), encoded)),
        info.password().map(password -> decode(password, encoded)));
  }

  private static String decode(String text, boolean encoded) {
    if (!encoded) {
      return text;
    }
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return text;
    }
  }
}
