package it.lifeos.ml;

/** Stands in for model code: a change under ml/ asks for the ML tests. */
public final class Scorer {
  public double score(String text) {
    return text.isEmpty() ? 0 : 1;
  }
}
