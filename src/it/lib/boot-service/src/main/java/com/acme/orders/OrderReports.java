package com.acme.orders;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Ad-hoc reports for the back office, straight from SQL. */
@Repository
public class OrderReports {
    private final JdbcTemplate jdbc;

    public OrderReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> ordersWithStatus(String status) {
        return jdbc.queryForList("SELECT id, customer, amount FROM purchase_order WHERE status = '" + status + "'");
    }
}
