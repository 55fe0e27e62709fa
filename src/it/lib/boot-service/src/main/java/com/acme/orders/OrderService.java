package com.acme.orders;

import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class OrderService {
  private final OrderRepository orders;

  public List<PurchaseOrder> ordersOf(String customer) {
    return orders.findByCustomer(customer);
  }

  public List<PurchaseOrder> openOrdersOf(String customer) {
    return ordersOf(customer).stream().filter(order -> !"PAID".equals(order.getStatus())).toList();
  }

  public BigDecimal totalOf(String customer) {
    return ordersOf(customer).stream()
        .map(PurchaseOrder::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
