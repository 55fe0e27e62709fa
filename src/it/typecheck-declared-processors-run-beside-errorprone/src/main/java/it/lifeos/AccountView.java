package it.lifeos;

import lombok.Data;

/** What the API shows of an account. */
@Data
public class AccountView {
  private String id;
  private String owner;
}
