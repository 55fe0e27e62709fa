package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void fingerprintIs16Bytes() throws Exception {
    assertEquals(16, Tokens.fingerprint(new byte[] {1}).length);
  }
}
