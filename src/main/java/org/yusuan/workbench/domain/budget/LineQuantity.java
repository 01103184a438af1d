package org.yusuan.workbench.domain.budget;

import java.math.BigDecimal;
import java.util.Optional;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * 数量 and 单价 of a basic or project line (each optional): when both are given, the line's amount is
 * 数量 × 单价 to the 分 ({@link Yuan#times}); imports refuse a line whose amount differs and the
 * editors compute the amount from them.
 */
public final class LineQuantity {

    /** The most 数量 holds: DECIMAL(18,2) like every amount. */
    public static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    private LineQuantity() {
    }

    /** 数量 × 单价 to the 分 when both are given. */
    public static Optional<Yuan> product(BigDecimal quantity, Yuan unitPrice) {
        return quantity == null || unitPrice == null ? Optional.empty() : Optional.of(unitPrice.times(quantity));
    }

    /** Whether {@code amount} is 数量 × 单价 (true when either is absent: nothing to check). */
    public static boolean agrees(Yuan amount, BigDecimal quantity, Yuan unitPrice) {
        return product(quantity, unitPrice).map(p -> p.equals(amount)).orElse(true);
    }

    /**
     * A typed 数量: a number ≥ 0 with at most two decimals, thousands separators allowed; empty when
     * it is not one.
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace(",", "");
        if (!cleaned.matches("\\d{1,16}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(cleaned).setScale(2);
        return value.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(value);
    }

    /** 数量 as shown: 3, 2.5, 1,200 — no trailing zeros. */
    public static String format(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
