package dev.lifeos.demo.core;

import java.util.Locale;

/** An amount in minor units (cents) of one currency: money is never a double. */
public record Money(long cents, String currency) {
  public Money {
    if (currency.length() != 3) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
    }
    currency = currency.toUpperCase(Locale.ROOT);
  }

  public static Money of(long cents, String currency) {
    return new Money(cents, currency);
  }

  public Money plus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
    }
    return new Money(Math.addExact(cents, other.cents), currency);
  }

  public boolean isNegative() {
    return cents < 0;
  }

  @Override
  public String toString() {
    String sign = cents < 0 ? "-" : "";
    long abs = Math.abs(cents);
    return String.format(Locale.ROOT, "%s%d.%02d %s", sign, abs / 100, abs % 100, currency);
  }
}
