package it.lifeos.core;

import java.util.Map;

/** In the core package (lifeos.nullaway.packages): returning a possibly-null value is an error. */
public final class Accounts {
  private final Map<String, String> owners = Map.of("a1", "Ada");

  public String ownerOf(String account) {
    return owners.get(account);
  }
}
