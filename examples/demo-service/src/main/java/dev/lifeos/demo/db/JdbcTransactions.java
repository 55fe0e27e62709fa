package dev.lifeos.demo.db;

import dev.lifeos.demo.core.Category;
import dev.lifeos.demo.core.Money;
import dev.lifeos.demo.core.Transaction;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Transactions in the {@code transactions} table (see db/migration). */
public final class JdbcTransactions {
  private final Connection connection;

  public JdbcTransactions(Connection connection) {
    this.connection = connection;
  }

  public void add(Transaction transaction) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO transactions (account_id, booked_on, description, amount_cents, category)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, transaction.accountId());
      insert.setDate(2, Date.valueOf(transaction.bookedOn()));
      insert.setString(3, transaction.description());
      insert.setLong(4, transaction.amount().cents());
      Category category = transaction.category();
      if (category == null) {
        insert.setNull(5, Types.VARCHAR);
      } else {
        insert.setString(5, category.name());
      }
      insert.executeUpdate();
    }
  }

  /** Transactions of one account, oldest first, in the account's currency. */
  public List<Transaction> forAccount(long accountId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT t.booked_on, t.description, t.amount_cents, t.category, a.currency"
                + " FROM transactions t JOIN accounts a ON a.id = t.account_id"
                + " WHERE t.account_id = ? ORDER BY t.booked_on, t.id")) {
      select.setLong(1, accountId);
      try (ResultSet rows = select.executeQuery()) {
        List<Transaction> result = new ArrayList<>();
        while (rows.next()) {
          String category = rows.getString(4);
          result.add(
              new Transaction(
                  accountId,
                  rows.getDate(1).toLocalDate(),
                  rows.getString(2),
                  Money.of(rows.getLong(3), rows.getString(5)),
                  category == null ? null : Category.valueOf(category)));
        }
        return result;
      }
    }
  }
}
