package dev.lifeos.demo.core;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Spending per category in one month: what the LifeOS dashboard shows first. */
public final class MonthlySummary {
  private final YearMonth month;
  private final Map<Category, Money> spentByCategory;

  private MonthlySummary(YearMonth month, Map<Category, Money> spentByCategory) {
    this.month = month;
    this.spentByCategory = spentByCategory;
  }

  /** Sums the outgoing amounts (negative transactions) of {@code month}, per category. */
  public static MonthlySummary of(YearMonth month, List<Transaction> transactions) {
    Map<Category, Money> spent = new EnumMap<>(Category.class);
    for (Transaction t : transactions) {
      if (YearMonth.from(t.bookedOn()).equals(month) && t.amount().isNegative()) {
        Money outgoing = Money.of(-t.amount().cents(), t.amount().currency());
        spent.merge(t.categoryOrOther(), outgoing, Money::plus);
      }
    }
    return new MonthlySummary(month, spent);
  }

  public YearMonth month() {
    return month;
  }

  public Money spentOn(Category category, String currency) {
    Money spent = spentByCategory.get(category);
    return spent == null ? Money.of(0, currency) : spent;
  }

  public Map<Category, Money> spentByCategory() {
    return Map.copyOf(spentByCategory);
  }
}
