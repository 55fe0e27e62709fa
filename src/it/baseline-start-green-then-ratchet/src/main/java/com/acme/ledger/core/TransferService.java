package com.acme.ledger.core;

import lombok.NonNull;
import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public class TransferService {
  private final @NonNull AccountRepository repository;

  public long transfer(@NonNull String from, @NonNull String to, long cents) {
    Account source = repository.findById(from);
    Account target = repository.findById(to);
    if (source.getBalanceCents() < cents) {
      throw new IllegalStateException("insufficient funds on " + from);
    }
    repository.save(source.withBalanceCents(source.getBalanceCents() - cents));
    repository.save(target.withBalanceCents(target.getBalanceCents() + cents));
    return repository.findById(from).getBalanceCents();
  }
}
