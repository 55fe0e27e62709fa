package it.lifeos;

/** A class with full test coverage, so only what a scenario adds can fail a gate. */
public final class Greeter {
  public String greet(String name) {
    return "Hello, " + name;
  }
}
