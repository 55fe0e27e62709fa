package it.lifeos.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lifeos.core.Cents;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {
  @Test
  void sumsBookings() {
    assertEquals(new Cents(7), new Ledger().total(List.of(new Cents(3), new Cents(4))));
  }
}
