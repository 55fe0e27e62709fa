package com.acme.ledger.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Accounts in memory, as the first version of the service kept them. */
public class AccountRepository {
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  public AccountRepository() {
    save(Account.builder().id("a-1").owner("Ada").balanceCents(10_000).build());
    save(Account.builder().id("a-2").owner("Grace").balanceCents(2_500).build());
  }

  public void save(Account account) {
    accounts.put(account.getId(), account);
  }

  public Account findById(String id) {
    return accounts.get(id);
  }

  public String ownerOf(String id) {
    return findById(id).getOwner();
  }
}
