package dev.lifeos.maven.mojo;

/**
 * One further endpoint for {@code lifeos:smoketest}, configured as
 *
 * <pre>{@code
 * <endpoint>
 *   <path>/api/v1/accounts</path>
 *   <status>200</status>               <!-- default: any 2xx -->
 *   <body>"accounts"</body>            <!-- a regular expression the body must contain -->
 *   <required>true</required>          <!-- default true; false only warns -->
 * </endpoint>
 * }</pre>
 */
public class SmokeEndpoint {
  /** Path below the base URL, or a full URL. */
  String path;

  /** Expected HTTP status; unset accepts any 2xx. */
  Integer status;

  /** Regular expression the body must contain a match of. */
  String body;

  /** False: a failure only warns. */
  boolean required = true;
}
