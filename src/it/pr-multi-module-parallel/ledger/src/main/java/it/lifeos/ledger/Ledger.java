package it.lifeos.ledger;

import it.lifeos.core.Cents;
import java.util.List;

/** Sums bookings. */
public final class Ledger {
  public Cents total(List<Cents> bookings) {
    Cents total = new Cents(0);
    for (Cents booking : bookings) {
      total = total.plus(booking);
    }
    return total;
  }
}
