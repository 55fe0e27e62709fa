package it.lifeos;

import lombok.Builder;
import lombok.Value;

/** Lombok writes the getters and the builder MapStruct reads. */
@Value
@Builder
public class Account {
  String id;
  String owner;
  long balanceCents;
}
