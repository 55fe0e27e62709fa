package com.acme.ledger.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TransferServiceTest {
  private final AccountRepository repository = new AccountRepository();
  private final TransferService transfers = new TransferService(repository);

  @Test
  void movesMoneyBetweenAccounts() {
    assertEquals(9_000, transfers.transfer("a-1", "a-2", 1_000));
    assertEquals(3_500, repository.findById("a-2").getBalanceCents());
    assertEquals("Grace", repository.ownerOf("a-2"));
  }

  @Test
  void refusesAnOverdraft() {
    assertThrows(IllegalStateException.class, () -> transfers.transfer("a-2", "a-1", 1_000_000));
  }

  @Test
  void statementRendersItsLines() {
    Statement statement = new Statement();
    statement.add("opening 100");
    statement.footer("end");
    assertEquals("opening 100\n", statement.render());
    assertEquals(3, statement.footerLength());
  }
}
