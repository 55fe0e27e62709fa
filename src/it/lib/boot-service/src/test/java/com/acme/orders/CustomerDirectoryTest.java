package com.acme.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerDirectoryTest {
  private final CustomerDirectory directory = new CustomerDirectory();

  @Test
  void knowsTheAddressAndDomainOfARegisteredCustomer() {
    directory.register("ada", "ada@acme.com");
    assertThat(directory.emailOf("ada")).isEqualTo("ada@acme.com");
    assertThat(directory.domainOf("ada")).isEqualTo("acme.com");
  }
}
