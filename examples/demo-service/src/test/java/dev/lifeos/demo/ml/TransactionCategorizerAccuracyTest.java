package dev.lifeos.demo.ml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.demo.ml.TransactionCategorizer.Example;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Model validation (spec 6.4): accuracy on held-out data must not drop below the threshold. */
@Tag("ml")
class TransactionCategorizerAccuracyTest {
  private static final double MINIMUM_ACCURACY = 0.80;

  @Test
  void bundledModelKeepsItsAccuracyOnHeldOutData() {
    TransactionCategorizer model = TransactionCategorizer.bundled();
    List<Example> holdout = TransactionCategorizer.readExamples("/ml/holdout.csv");

    long correct =
        holdout.stream().filter(e -> model.categorize(e.description()) == e.category()).count();

    assertThat((double) correct / holdout.size()).isGreaterThanOrEqualTo(MINIMUM_ACCURACY);
  }
}
