package com.acme.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderServiceTest {
  @Test
  void addsUpTheAmountsOfACustomersOrders() {
    OrderRepository repository = mock(OrderRepository.class);
    when(repository.findByCustomer("ada"))
        .thenReturn(
            List.of(
                new PurchaseOrder(1L, "ada", new BigDecimal("12.50"), "NEW"),
                new PurchaseOrder(2L, "ada", new BigDecimal("7.50"), "PAID")));
    assertThat(new OrderService(repository).totalOf("ada")).isEqualByComparingTo("20.00");
  }
}
