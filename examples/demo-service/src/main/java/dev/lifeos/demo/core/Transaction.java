package dev.lifeos.demo.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A booked transaction; the category is empty until the categorizer has seen it. */
public record Transaction(
    long accountId,
    LocalDate bookedOn,
    String description,
    Money amount,
    @Nullable Category category) {

  public Transaction categorized(Category newCategory) {
    return new Transaction(accountId, bookedOn, description, amount, newCategory);
  }

  /** The category, or {@link Category#OTHER} when none is set yet. */
  public Category categoryOrOther() {
    return category == null ? Category.OTHER : category;
  }
}
