package it.lifeos.api;

import it.lifeos.core.Cents;

/** Answers /health. */
public final class Health {
  public String status(Cents balance) {
    return balance.value() >= 0 ? "ok" : "overdrawn";
  }
}
