package dev.lifeos.demo.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.demo.core.Category;
import dev.lifeos.demo.ml.TransactionCategorizer.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionCategorizerTest {
  private final TransactionCategorizer categorizer =
      TransactionCategorizer.trainedOn(
          List.of(
              new Example("REWE supermarket", Category.GROCERIES),
              new Example("Monthly rent", Category.RENT)));

  @Test
  void picksTheCategoryWhoseWordsMatch() {
    assertThat(categorizer.categorize("rent November")).isEqualTo(Category.RENT);
    assertThat(categorizer.categorize("REWE Berlin")).isEqualTo(Category.GROCERIES);
  }

  @Test
  void unknownWordsGiveOther() {
    assertThat(categorizer.categorize("zzz qqq")).isEqualTo(Category.OTHER);
  }

  @Test
  void bundledModelLoadsItsTrainingData() {
    assertThat(TransactionCategorizer.bundled().categorize("Lidl Filiale"))
        .isEqualTo(Category.GROCERIES);
  }

  @Test
  void missingResourceIsNamed() {
    assertThatThrownBy(() -> TransactionCategorizer.readExamples("/nope.csv"))
        .hasMessageContaining("/nope.csv");
  }
}
