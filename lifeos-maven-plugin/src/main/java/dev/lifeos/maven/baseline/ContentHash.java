package dev.lifeos.maven.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a text file with CRLF and CR read as LF: a checkout with Windows line endings has the
 * same hash as the committed file, so a baselined file stays baselined on every machine.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(Path file) throws IOException {
    return of(Files.readAllBytes(file));
  }

  public static String of(byte[] content) {
    MessageDigest digest = sha256();
    byte[] normalized = new byte[content.length];
    int length = 0;
    for (int i = 0; i < content.length; i++) {
      byte b = content[i];
      if (b == '\r') {
        normalized[length++] = '\n';
        if (i + 1 < content.length && content[i + 1] == '\n') {
          i++;
        }
      } else {
        normalized[length++] = b;
      }
    }
    digest.update(normalized, 0, length);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
