package com.acme.ledger.core;

import lombok.Builder;
import lombok.Value;
import lombok.With;

/** An account and its balance in cents. */
@Value
@Builder
public class Account {
  String id;
  String owner;
  @With long balanceCents;
}
