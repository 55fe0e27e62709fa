package it.lifeos.core;

/** Money in cents. */
public record Cents(long value) {
  public Cents plus(Cents other) {
    return new Cents(value + other.value);
  }
}
