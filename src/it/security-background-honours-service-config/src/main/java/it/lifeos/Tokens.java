package it.lifeos;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Hashes with MD5: FindSecBugs reports WEAK_MESSAGE_DIGEST_MD5. */
public final class Tokens {
  private Tokens() {}

  public static byte[] fingerprint(byte[] data) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("MD5").digest(data);
  }
}
