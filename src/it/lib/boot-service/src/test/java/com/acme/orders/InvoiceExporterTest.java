package com.acme.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceExporterTest {
  @TempDir File directory;

  @Test
  void writesOneLinePerOrder() throws Exception {
    OrderService orders = mock(OrderService.class);
    when(orders.ordersOf("ada"))
        .thenReturn(List.of(new PurchaseOrder(1L, "ada", new BigDecimal("12.50"), "NEW")));
    File csv = new InvoiceExporter(orders, directory).export("ada");
    assertThat(Files.readAllLines(csv.toPath())).containsExactly("id,amount,status", "1,12.50,NEW");
  }
}
