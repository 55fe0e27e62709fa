package it.lifeos;

/** Keeps the seed as given: SpotBugs reports EI_EXPOSE_REP2, below the fail threshold. */
public final class Greeter {
  private final byte[] seed;

  public Greeter(byte[] seed) {
    this.seed = seed;
  }

  public String greet(String name) {
    return "Hello, " + name + " #" + seed.length;
  }
}
