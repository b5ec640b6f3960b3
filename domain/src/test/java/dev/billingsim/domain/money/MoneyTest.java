package dev.billingsim.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parsesAndFormatsTwoDecimalAmounts() {
    assertThat(Money.of("1000").toPlainString()).isEqualTo("1000.00");
    assertThat(Money.of("0.5").minor()).isEqualTo(50);
    assertThat(Money.of("12.34").plus(Money.of("0.66")).toPlainString()).isEqualTo("13.00");
  }

  @Test
  void refusesMoreFractionDigitsThanTheCurrencyHas() {
    assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void respectsCurrenciesWithoutMinorUnits() {
    assertThat(Money.parse("150", Currency.getInstance("JPY")).toPlainString()).isEqualTo("150");
  }

  @Test
  void refusesToMixCurrencies() {
    Money usd = Money.parse("1.00", Currency.getInstance("USD"));
    assertThatThrownBy(() -> Money.of("1.00").plus(usd))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void detectsOverflowInsteadOfWrapping() {
    Money huge = new Money(Long.MAX_VALUE, Money.CNY);
    assertThatThrownBy(() -> huge.plus(Money.of("0.01"))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void prorationRoundsAsTold() {
    assertThat(Money.of("100.00").scaled(1, 3, RoundingMode.DOWN).toPlainString())
        .isEqualTo("33.33");
  }
}
