package dev.lifeos.demo.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MonthlySummaryTest {
  private static Transaction tx(String date, long cents, @Nullable Category category) {
    return new Transaction(1, LocalDate.parse(date), "x", Money.of(cents, "EUR"), category);
  }

  @Test
  void sumsOutgoingAmountsOfTheMonthPerCategory() {
    MonthlySummary summary =
        MonthlySummary.of(
            YearMonth.of(2026, 11),
            List.of(
                tx("2026-11-02", -1000, Category.GROCERIES),
                tx("2026-11-20", -500, Category.GROCERIES),
                tx("2026-11-21", 300000, Category.SALARY),
                tx("2026-10-31", -700, Category.GROCERIES)));

    assertThat(summary.month()).isEqualTo(YearMonth.of(2026, 11));
    assertThat(summary.spentOn(Category.GROCERIES, "EUR")).isEqualTo(Money.of(1500, "EUR"));
    assertThat(summary.spentOn(Category.SALARY, "EUR")).isEqualTo(Money.of(0, "EUR"));
    assertThat(summary.spentByCategory()).containsOnlyKeys(Category.GROCERIES);
  }

  @Test
  void uncategorizedSpendingCountsAsOther() {
    Transaction uncategorized = tx("2026-11-02", -250, null);

    assertThat(
            MonthlySummary.of(YearMonth.of(2026, 11), List.of(uncategorized))
                .spentOn(Category.OTHER, "EUR"))
        .isEqualTo(Money.of(250, "EUR"));
    assertThat(uncategorized.categorized(Category.RENT).categoryOrOther()).isEqualTo(Category.RENT);
  }
}
