package org.yusuan.workbench.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in 元 with two decimals (分). The only money type of the program:
 * amounts are entered, stored, summed and compared as {@code Yuan}; the only way to 万元 is
 * {@link #toWanYuan()}, which rounds once, per displayed cell (docs/decisions/0002-money.md).
 */
public final class Yuan implements Comparable<Yuan> {

    public static final Yuan ZERO = new Yuan(BigDecimal.ZERO.setScale(2));

    private static final Pattern INPUT = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final BigDecimal value;

    private Yuan(BigDecimal value) {
        this.value = value;
    }

    /** An exact amount; refuses more than two decimals instead of rounding them away. */
    public static Yuan of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidAmountException(amount.toPlainString(), "金额最多保留两位小数（到分）");
        }
        return new Yuan(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    public static Yuan ofFen(long fen) {
        return new Yuan(BigDecimal.valueOf(fen, 2));
    }

    /**
     * Parses an amount as typed or pasted: {@code 1234.5}, {@code 1,234.50}, {@code -12}.
     * Blanks around the number and a trailing 元 are ignored.
     *
     * @throws InvalidAmountException with a Chinese reason
     */
    public static Yuan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAmountException(text == null ? "" : text, "金额不能为空");
        }
        String cleaned = text.strip().replace('\u00a0', ' ').strip();
        if (cleaned.endsWith("元")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        if (!INPUT.matcher(cleaned).matches()) {
            throw new InvalidAmountException(text, "不是有效的金额数字");
        }
        return of(new BigDecimal(cleaned.replace(",", "")));
    }

    public Yuan plus(Yuan other) {
        return new Yuan(value.add(other.value));
    }

    public Yuan minus(Yuan other) {
        return new Yuan(value.subtract(other.value));
    }

    public Yuan negate() {
        return new Yuan(value.negate());
    }

    public int signum() {
        return value.signum();
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * The one rounding function of the program: 元 → 万元, half up, two decimals. Applied to each
     * displayed figure on its own, which is what makes published 尾差 come out as published.
     */
    public WanYuan toWanYuan() {
        return new WanYuan(value.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }

    /**
     * 数量 × this unit price, to the 分 (half up): the one rounding of a product in 元, by which a
     * line's amount is checked against its 数量 and 单价 (3 × 33.33 = 99.99).
     */
    public Yuan times(BigDecimal quantity) {
        return new Yuan(value.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
    }

    /** The exact value, scale 2. */
    public BigDecimal toBigDecimal() {
        return value;
    }

    /** {@code 8037500.00}: for files and the database. */
    public String toPlainString() {
        return value.toPlainString();
    }

    /** {@code 8,037,500.00}: for people. */
    public String format() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    @Override
    public int compareTo(Yuan other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Yuan other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + "元";
    }
}
