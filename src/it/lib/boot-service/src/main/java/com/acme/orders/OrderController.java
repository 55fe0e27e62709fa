package com.acme.orders;

import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Binds path variables by parameter name: that needs javac -parameters, as Boot's parent sets. */
@RestController
@RequestMapping("/api/customers")
@RequiredArgsConstructor
public class OrderController {
  private final OrderService service;

  @GetMapping("/{customer}/orders")
  public List<PurchaseOrder> orders(@PathVariable String customer) {
    return service.ordersOf(customer);
  }

  @GetMapping("/{customer}/total")
  public BigDecimal total(@PathVariable String customer) {
    return service.totalOf(customer);
  }
}
