package org.yusuan.workbench.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and growth rates as printed: per cent, half up, two decimals, computed from exact 元. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /**
     * {@code part} as a percentage of {@code whole}; 0.00 when the whole is zero (the booklet prints
     * "占0.00%" for an empty source).
     */
    public static BigDecimal of(Yuan part, Yuan whole) {
        if (whole.isZero()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.toBigDecimal().multiply(HUNDRED).divide(whole.toBigDecimal(), 2, RoundingMode.HALF_UP);
    }
}
