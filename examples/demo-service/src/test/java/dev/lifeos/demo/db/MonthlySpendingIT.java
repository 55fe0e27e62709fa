package dev.lifeos.demo.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.demo.core.Category;
import dev.lifeos.demo.core.Money;
import dev.lifeos.demo.core.MonthlySummary;
import dev.lifeos.demo.core.Transaction;
import dev.lifeos.demo.ml.TransactionCategorizer;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bank import to dashboard: categorize, store on the migrated schema, read back, summarize. */
@Tag("integration")
class MonthlySpendingIT {
  @Test
  void importedTransactionsAreCategorizedStoredAndSummarized() throws Exception {
    TransactionCategorizer categorizer = TransactionCategorizer.bundled();
    try (H2Database database = H2Database.migrated("spending")) {
      JdbcTransactions transactions = new JdbcTransactions(database.connection());
      for (String[] row :
          new String[][] {
            {"2026-11-01", "Monthly rent apartment", "-90000"},
            {"2026-11-03", "REWE Markt", "-4250"},
            {"2026-11-09", "Lidl Filiale", "-1750"},
            {"2026-11-25", "Salary ACME Corp", "350000"}
          }) {
        Transaction imported =
            new Transaction(
                1, LocalDate.parse(row[0]), row[1], Money.of(Long.parseLong(row[2]), "EUR"), null);
        transactions.add(imported.categorized(categorizer.categorize(imported.description())));
      }

      MonthlySummary summary =
          MonthlySummary.of(YearMonth.of(2026, 11), transactions.forAccount(1));

      assertThat(summary.spentOn(Category.GROCERIES, "EUR")).isEqualTo(Money.of(6000, "EUR"));
      assertThat(summary.spentOn(Category.RENT, "EUR")).isEqualTo(Money.of(90000, "EUR"));
      assertThat(summary.spentByCategory()).doesNotContainKey(Category.SALARY);
    }
  }
}
