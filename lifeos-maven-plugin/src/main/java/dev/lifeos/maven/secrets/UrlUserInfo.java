package dev.lifeos.maven.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code user:password@} part of a URL, found also when the password was pasted in unescaped
 * and holds {@code / @ # ? : %}, as CI secrets often do ({@code
 * postgres://app:p@ss/w#rd@db:5432/ledger}).
 *
 * <p>The user information ends at the first {@code @} that is followed by a host list ({@code
 * host[:port][,host[:port]...]}) and then only the end, a path, a query and a fragment with no
 * further {@code @} in path or fragment (and what may end a sentence or a quote). A URL whose text
 * from the start already reads that way has no user information (an {@code @} in its query, {@code
 * ?user=admin@server}, is not one). The user ends at the first {@code :}. A password that itself
 * looks like {@code @host/path?key=value} must be URL-encoded.
 *
 * <p>One reading for everything: the JDBC URL handed to a driver and the secrets a masker hides
 * come from the same split, so a driver never sees a password that the masker does not know.
 *
 * @param user the user as written (not decoded)
 * @param password the password as written (not decoded), empty when there is no {@code :}
 * @param rest the URL from the host on
 */
public record UrlUserInfo(String user, Optional<String> password, String rest) {
  private static final String HOST = "(?:[A-Za-z0-9._~-]+|\\[[0-9A-Fa-f:.]+])(?::\\d{1,5})?";
  private static final String PARAMETER = "[A-Za-z_][A-Za-z0-9_.-]*(?:=[^&#\\s]*)?";
  private static final Pattern HOST_THEN_REST =
      Pattern.compile(
          HOST
              + "(?:,"
              + HOST
              + ")*"
              + "(?:/[^?#@\\s]*)?"
              + "(?:\\?(?:"
              + PARAMETER
              + ")?(?:&(?:"
              + PARAMETER
              + ")?)*)?"
              + "(?:#[^@\\s]*)?"
              + "[.,;:!)\\]}'\"]*"); // a sentence or a quote may end right after a URL

  /** Where a URL starts, up to whitespace. */
  private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://(?<rest>\\S+)");

  /** Past this many {@code @}, a text is not read as a URL: no CI secret holds that many. */
  private static final int MAX_CANDIDATES = 64;

  /**
   * The user information of the URL whose text after {@code scheme://} is {@code afterScheme}
   * (running to its end: cut it at whitespace first); empty when it has none, or none can be told
   * from the host.
   */
  public static Optional<UrlUserInfo> in(String afterScheme) {
    if (afterScheme.indexOf('@') < 0 || HOST_THEN_REST.matcher(afterScheme).matches()) {
      return Optional.empty();
    }
    int candidates = 0;
    for (int at = afterScheme.indexOf('@');
        at >= 0 && candidates++ < MAX_CANDIDATES;
        at = afterScheme.indexOf('@', at + 1)) {
      String rest = afterScheme.substring(at + 1);
      if (HOST_THEN_REST.matcher(rest).matches()) {
        String userInfo = afterScheme.substring(0, at);
        int colon = userInfo.indexOf(':');
        return Optional.of(
            colon < 0
                ? new UrlUserInfo(userInfo, Optional.empty(), rest)
                : new UrlUserInfo(
                    userInfo.substring(0, colon),
                    Optional.of(userInfo.substring(colon + 1)),
                    rest));
      }
    }
    return Optional.empty();
  }

  /** The passwords, as written, of every {@code scheme://user:password@} URL in {@code text}. */
  public static List<String> passwordsIn(String text) {
    List<String> found = new ArrayList<>();
    Matcher url = URL.matcher(text);
    while (url.find()) {
      in(url.group("rest")).flatMap(UrlUserInfo::password).ifPresent(found::add);
    }
    return found;
  }

  /**
   * {@code text} with the password of every {@code scheme://user:password@} URL in it replaced by
   * {@code mask}: {@code scheme://user:<mask>@host...}.
   */
  public static String maskPasswords(String text, String mask) {
    Matcher url = URL.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (url.find()) {
      String masked =
          in(url.group("rest"))
              .filter(info -> info.password().isPresent())
              .map(
                  info ->
                      text.substring(url.start(), url.start("rest"))
                          + info.user()
                          + ":"
                          + mask
                          + "@"
                          + info.rest())
              .orElse(url.group());
      url.appendReplacement(out, Matcher.quoteReplacement(masked));
    }
    url.appendTail(out);
    return out.toString();
  }

  /**
   * True when {@code afterScheme} holds an {@code @} but no host can be found after any of them.
   */
  public static boolean hasUnreadableUserInfo(String afterScheme) {
    return afterScheme.indexOf('@') >= 0
        && !HOST_THEN_REST.matcher(afterScheme).matches()
        && in(afterScheme).isEmpty();
  }
}
