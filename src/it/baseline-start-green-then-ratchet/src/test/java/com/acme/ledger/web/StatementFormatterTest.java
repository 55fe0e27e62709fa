package com.acme.ledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatementFormatterTest {
  @Test
  void formatsLines() {
    StatementFormatter formatter = new StatementFormatter();
    formatter.add("opening balance 100");
    formatter.add("fee");
    assertEquals("opening\nfee\n", formatter.format(7));
    assertEquals(5, formatter.padding(1, 3, 3));
    assertTrue(formatter.toString().startsWith("StatementFormatter"));
    assertTrue(formatter.isBlank("  "));
  }
}
