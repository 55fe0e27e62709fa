package dev.lifeos.demo.core;

/** Spending categories the categorizer assigns. */
public enum Category {
  GROCERIES,
  RENT,
  TRANSPORT,
  RESTAURANTS,
  UTILITIES,
  SALARY,
  OTHER
}
