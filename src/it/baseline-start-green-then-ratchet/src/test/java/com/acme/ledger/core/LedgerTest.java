package com.acme.ledger.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerTest {
  @Test
  void postsAndReports() {
    Ledger ledger = new Ledger();
    ledger.post("EUR", 150);
    ledger.post("EUR", 50);
    assertEquals(200, ledger.balance("EUR"));
    assertEquals(3, ledger.lastCurrencyLength());
    assertEquals("mainnull", ledger.describe(" main "));
    ledger.reset();
  }
}
