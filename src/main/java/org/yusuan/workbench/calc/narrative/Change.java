package org.yusuan.workbench.calc.narrative;

import java.math.BigDecimal;
import org.yusuan.workbench.domain.money.Percent;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * This year's figure against the prior year's: the difference in 元 and its rate. The narrative
 * prints the direction (增加/减少) and the absolute values.
 *
 * @param rate absolute growth rate in per cent; null when there is no prior-year figure to divide by
 */
public record Change(Yuan current, Yuan prior, Yuan difference, BigDecimal rate) {

    public enum Direction {
        INCREASE("增加"), DECREASE("减少"), UNCHANGED("持平");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Change of(Yuan current, Yuan prior) {
        Yuan difference = current.minus(prior);
        Yuan magnitude = difference.isNegative() ? difference.negate() : difference;
        return new Change(current, prior, difference, prior.isZero() ? null : Percent.of(magnitude, prior));
    }

    public Direction direction() {
        return difference.signum() > 0 ? Direction.INCREASE : difference.signum() < 0 ? Direction.DECREASE
                : Direction.UNCHANGED;
    }

    /** |difference|, for "增加 1,386.40万元". */
    public Yuan magnitude() {
        return difference.isNegative() ? difference.negate() : difference;
    }
}
