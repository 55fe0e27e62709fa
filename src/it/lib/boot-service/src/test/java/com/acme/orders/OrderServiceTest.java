package com.acme.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class OrderServiceTest {
  private final OrderRepository repository = mock(OrderRepository.class);
  private final OrderService service = new OrderService(repository);

  OrderServiceTest() {
    when(repository.findByCustomer("ada"))
        .thenReturn(
            List.of(
                new PurchaseOrder(1L, "ada", new BigDecimal("12.50"), "NEW"),
                new PurchaseOrder(2L, "ada", new BigDecimal("7.50"), "PAID")));
  }

  @Test
  void addsUpTheAmountsOfACustomersOrders() {
    assertThat(service.totalOf("ada")).isEqualByComparingTo("20.00");
  }

  @Test
  void runsInUtcAsTheBuildSays() {
    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
  }

  @Test
  void openOrdersAreTheUnpaidOnes() {
    assertThat(service.openOrdersOf("ada")).extracting(PurchaseOrder::getId).containsExactly(1L);
  }
}
