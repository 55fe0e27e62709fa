package com.acme.orders;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes a customer's orders as CSV for accounting. */
@Component
public class InvoiceExporter {
    private final OrderService orders;
    private final File directory;

    public InvoiceExporter(OrderService orders, @Value("${invoices.directory:/tmp/invoices}") File directory) {
        this.orders = orders;
        this.directory = directory;
    }

    public File export(String customer) throws IOException {
        File file = new File(directory, customer + ".csv");
        try (Writer out = new FileWriter(file)) {
            out.write("id,amount,status\n");
            for (PurchaseOrder order : orders.ordersOf(customer)) {
                out.write(order.getId() + "," + order.getAmount() + "," + order.getStatus() + "\n");
            }
        }
        return file;
    }
}
