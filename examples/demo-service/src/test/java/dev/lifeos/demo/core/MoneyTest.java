package dev.lifeos.demo.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void addsAmountsOfTheSameCurrency() {
    assertThat(Money.of(150, "eur").plus(Money.of(-25, "EUR"))).isEqualTo(Money.of(125, "EUR"));
  }

  @Test
  void refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of(1, "EUR").plus(Money.of(1, "USD")))
        .hasMessageContaining("cannot add USD to EUR");
  }

  @Test
  void refusesCodesThatAreNotIso4217() {
    assertThatThrownBy(() -> Money.of(1, "EURO")).hasMessageContaining("ISO 4217");
  }

  @Test
  void printsMinorUnitsAndSign() {
    assertThat(Money.of(-1205, "EUR")).hasToString("-12.05 EUR");
    assertThat(Money.of(7, "USD")).hasToString("0.07 USD");
  }
}
