package com.acme.ledger.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenSignerTest {
  @Test
  void signsWithAStableDigest() throws Exception {
    assertEquals(32, new TokenSigner().sign("session-1").length());
  }
}
