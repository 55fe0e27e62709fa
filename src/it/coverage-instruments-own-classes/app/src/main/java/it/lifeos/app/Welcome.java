package it.lifeos.app;

import it.lifeos.greeting.Greeter;

/** The welcome line of a new account. */
public final class Welcome {
  private Welcome() {}

  public static String line(String name) {
    return Greeter.greet(name) + " Your account is ready.";
  }
}
