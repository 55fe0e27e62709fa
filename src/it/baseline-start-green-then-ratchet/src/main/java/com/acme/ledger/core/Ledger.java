package com.acme.ledger.core;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Balances per currency, from the second year of the service. */
public class Ledger {
  private final Map<String, Long> balances = new HashMap<>();
  private @Nullable String lastCurrency;
  private String name;

  public Ledger() {}

  public long balance(String currency) {
    return balances.get(currency);
  }

  public void post(String currency, long cents) {
    balances.merge(currency, cents, Long::sum);
    lastCurrency = currency;
  }

  public int lastCurrencyLength() {
    return lastCurrency.length();
  }

  public String describe(@Nullable String prefix) {
    return prefix.trim() + name;
  }

  public void reset() {
    post(null, 0);
  }
}
