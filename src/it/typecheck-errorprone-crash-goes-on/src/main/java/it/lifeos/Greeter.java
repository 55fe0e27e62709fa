package it.lifeos;

import lombok.NonNull;

/** Lombok writes a null check for @NonNull: Error Prone 2.37 to 2.49 crash on its message. */
public final class Greeter {
  public String greet(@NonNull String name) {
    return "Hello, " + name;
  }
}
