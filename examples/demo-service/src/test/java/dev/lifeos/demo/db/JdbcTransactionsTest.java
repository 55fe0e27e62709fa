package dev.lifeos.demo.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.demo.core.Category;
import dev.lifeos.demo.core.Money;
import dev.lifeos.demo.core.Transaction;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcTransactionsTest {
  private H2Database database;

  @BeforeEach
  void migrate() throws Exception {
    database = H2Database.migrated("transactions");
  }

  @AfterEach
  void drop() throws Exception {
    database.close();
  }

  @Test
  void storesAndReadsTransactionsInBookingOrder() throws Exception {
    JdbcTransactions transactions = new JdbcTransactions(database.connection());
    Transaction rent =
        new Transaction(
            1, LocalDate.of(2026, 11, 1), "Rent", Money.of(-90000, "EUR"), Category.RENT);
    Transaction coffee =
        new Transaction(1, LocalDate.of(2026, 10, 30), "Cafe", Money.of(-350, "EUR"), null);

    transactions.add(rent);
    transactions.add(coffee);

    assertThat(transactions.forAccount(1)).containsExactly(coffee, rent);
    assertThat(transactions.forAccount(2)).isEmpty();
  }
}
