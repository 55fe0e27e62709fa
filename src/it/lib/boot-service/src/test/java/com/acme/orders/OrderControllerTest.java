package com.acme.orders;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(OrderController.class)
class OrderControllerTest {
  @Autowired MockMvc mvc;
  @MockitoBean OrderService service;

  @Test
  void listsTheOrdersOfACustomerNamedInThePath() throws Exception {
    when(service.ordersOf("ada"))
        .thenReturn(List.of(new PurchaseOrder(1L, "ada", new BigDecimal("12.50"), "NEW")));
    mvc.perform(get("/api/customers/ada/orders"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].customer").value("ada"));
  }

  @Test
  void totalsTheOrdersOfACustomer() throws Exception {
    when(service.totalOf("ada")).thenReturn(new BigDecimal("20.00"));
    mvc.perform(get("/api/customers/ada/total"))
        .andExpect(status().isOk())
        .andExpect(content().string("20.00"));
  }
}
