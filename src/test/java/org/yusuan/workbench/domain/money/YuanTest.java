package org.yusuan.workbench.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YuanTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.5    | 1234.50",
            "1,234.50  | 1234.50",
            "12元      | 12.00",
            "' 7 '     | 7.00",
            "1,234,567 | 1234567.00",
            "-12       | -12.00",
            "0.1       | 0.10"})
    void parsesAmountsAsTypedOrPasted(String typed, String exact) {
        Yuan yuan = Yuan.parse(typed);

        assertThat(yuan.toBigDecimal()).isEqualTo(new BigDecimal(exact));
        assertThat(yuan.toBigDecimal().scale()).isEqualTo(2);
    }

    @Test
    void refusesThreeDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> Yuan.parse("1234.567"))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("两位小数");
        assertThatThrownBy(() -> Yuan.of(new BigDecimal("0.001")))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("两位小数");
    }

    @Test
    void acceptsTrailingZerosBeyondTwoDecimals() {
        assertThat(Yuan.parse("5.100")).isEqualTo(Yuan.parse("5.1"));
    }

    @Test
    void refusesTextThatIsNoNumber() {
        assertThatThrownBy(() -> Yuan.parse("abc"))
                .isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("不是有效的金额")
                .satisfies(e -> assertThat(((InvalidAmountException) e).input()).isEqualTo("abc"));
        assertThatThrownBy(() -> Yuan.parse("1,23.4"))
                .isInstanceOf(InvalidAmountException.class);
    }

    @Test
    void refusesBlank() {
        assertThatThrownBy(() -> Yuan.parse("")).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("不能为空");
        assertThatThrownBy(() -> Yuan.parse("   ")).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("不能为空");
        assertThatThrownBy(() -> Yuan.parse(null)).isInstanceOf(InvalidAmountException.class);
    }

    @Test
    void plusAndMinusAreExact() {
        Yuan sum = Yuan.parse("0.1").plus(Yuan.parse("0.2"));

        assertThat(sum).isEqualTo(Yuan.parse("0.30"));
        assertThat(sum.toPlainString()).isEqualTo("0.30");
        assertThat(Yuan.parse("0.3").minus(Yuan.parse("0.1"))).isEqualTo(Yuan.parse("0.2"));
        assertThat(Yuan.parse("1").minus(Yuan.parse("1.01"))).isEqualTo(Yuan.parse("-0.01"));
        assertThat(Yuan.parse("1").minus(Yuan.parse("1.01")).isNegative()).isTrue();
    }

    @Test
    void roundsEachCellToWanYuanOnItsOwnAsPublished() {
        WanYuan current = Yuan.parse("93675950.23").toWanYuan();
        WanYuan carried = Yuan.parse("5224468.60").toWanYuan();
        WanYuan total = Yuan.parse("98900418.83").toWanYuan();

        assertThat(current.plain()).isEqualTo("9367.60");
        assertThat(carried.plain()).isEqualTo("522.45");
        assertThat(total.plain()).isEqualTo("9890.04");
        // The published 尾差: the rounded parts do not add up to the rounded total.
        assertThat(current.value().add(carried.value())).isNotEqualByComparingTo(total.value());
        assertThat(current.value().add(carried.value())).isEqualByComparingTo("9890.05");
    }

    @Test
    void roundsHalfUp() {
        assertThat(Yuan.parse("50.00").toWanYuan().plain()).isEqualTo("0.01");
        assertThat(Yuan.parse("49.99").toWanYuan().plain()).isEqualTo("0.00");
        assertThat(Yuan.parse("150.00").toWanYuan().plain()).isEqualTo("0.02");
        assertThat(Yuan.parse("-50.00").toWanYuan().plain()).isEqualTo("-0.01");
    }

    @Test
    void formatsWithThousandsSeparators() {
        assertThat(Yuan.parse("8037500").format()).isEqualTo("8,037,500.00");
        assertThat(Yuan.parse("98900418.83").format()).isEqualTo("98,900,418.83");
        assertThat(Yuan.parse("0.5").format()).isEqualTo("0.50");
        assertThat(Yuan.parse("-1234.5").format()).isEqualTo("-1,234.50");
        assertThat(Yuan.parse("98900418.83").toWanYuan().grouped()).isEqualTo("9,890.04");
        assertThat(Yuan.parse("8037500").toPlainString()).isEqualTo("8037500.00");
    }

    @Test
    void equalValuesAreEqualWithEqualHashCodes() {
        Yuan a = Yuan.parse("1234.5");
        Yuan b = Yuan.parse("1,234.50");
        Yuan c = Yuan.of(new BigDecimal("1234.500"));
        Yuan d = Yuan.ofFen(123450);

        assertThat(a).isEqualTo(b).isEqualTo(c).isEqualTo(d);
        assertThat(a.hashCode()).isEqualTo(b.hashCode()).isEqualTo(c.hashCode()).isEqualTo(d.hashCode());
        assertThat(a).isNotEqualTo(Yuan.parse("1234.51"));
        assertThat(a.compareTo(Yuan.parse("1234.51"))).isNegative();
    }

    @Test
    void quantityTimesUnitPriceIsRoundedHalfUpToTheFenOnce() {
        assertThat(Yuan.parse("33.33").times(new java.math.BigDecimal("3"))).isEqualTo(Yuan.parse("99.99"));
        assertThat(Yuan.parse("0.33").times(new java.math.BigDecimal("1.5"))).isEqualTo(Yuan.parse("0.50"));
        assertThat(Yuan.parse("0.33").times(new java.math.BigDecimal("1.49"))).isEqualTo(Yuan.parse("0.49"));
        assertThat(org.yusuan.workbench.domain.budget.LineQuantity.agrees(Yuan.parse("99.99"),
                new java.math.BigDecimal("3.00"), Yuan.parse("33.33"))).isTrue();
        assertThat(org.yusuan.workbench.domain.budget.LineQuantity.agrees(Yuan.parse("100.00"),
                new java.math.BigDecimal("3.00"), Yuan.parse("33.33"))).isFalse();
        assertThat(org.yusuan.workbench.domain.budget.LineQuantity.agrees(Yuan.parse("100.00"), null,
                Yuan.parse("33.33"))).as("nothing to check without 数量").isTrue();
    }
}
