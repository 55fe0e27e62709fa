package com.acme.orders;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Where receipts go: the e-mail address of each customer. */
@Component
public class CustomerDirectory {
  private final Map<String, String> emails = new ConcurrentHashMap<>();

  public void register(String customer, String email) {
    emails.put(customer, email);
  }

  public String emailOf(String customer) {
    return emails.get(customer);
  }

  public String domainOf(String customer) {
    String email = emails.get(customer);
    return email.substring(email.indexOf('@') + 1);
  }
}
