package org.yusuan.workbench.calc.table;

import org.yusuan.workbench.domain.money.WanYuan;
import org.yusuan.workbench.domain.money.Yuan;

/** A cell of a disclosure table: text, or an amount in 万元 (blank when nothing was budgeted). */
public sealed interface Cell permits Cell.Text, Cell.Amount {

    /** As printed: the text, the amount with two decimals, or "" when blank. */
    String printed();

    record Text(String text) implements Cell {
        @Override
        public String printed() {
            return text == null ? "" : text;
        }
    }

    /**
     * @param value null when blank (the exact 元 sum is zero)
     * @param exact the exact 元 sum the cell was rounded from, kept so that checks between tables
     *              compare money and not rounded cells (尾差 is not an error); zero for a blank cell
     */
    record Amount(WanYuan value, Yuan exact) implements Cell {
        @Override
        public String printed() {
            return value == null ? "" : value.plain();
        }

        public boolean isBlank() {
            return value == null;
        }

        /** The figure as printed, in 万元 (0 when blank): what a reader adds up when checking a printed sum. */
        public java.math.BigDecimal printedValue() {
            return value == null ? java.math.BigDecimal.ZERO.setScale(2) : value.value();
        }
    }

    static Cell text(String text) {
        return new Text(text);
    }

    /** The printed cell of an exact sum: rounded on its own, blank when zero. */
    static Cell amount(Yuan exact) {
        Yuan sum = exact == null ? Yuan.ZERO : exact;
        return new Amount(sum.isZero() ? null : sum.toWanYuan(), sum);
    }

    static Cell blank() {
        return new Amount(null, Yuan.ZERO);
    }
}
