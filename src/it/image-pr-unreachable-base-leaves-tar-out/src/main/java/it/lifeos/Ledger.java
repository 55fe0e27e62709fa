package it.lifeos;

public final class Ledger {
  private Ledger() {}

  public static void main(String[] args) {
    System.out.println("ledger");
  }
}
