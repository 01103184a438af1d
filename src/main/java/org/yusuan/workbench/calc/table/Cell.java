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

    /** @param value null when blank (the exact 元 sum is zero) */
    record Amount(WanYuan value) implements Cell {
        @Override
        public String printed() {
            return value == null ? "" : value.plain();
        }

        public boolean isBlank() {
            return value == null;
        }
    }

    static Cell text(String text) {
        return new Text(text);
    }

    /** The printed cell of an exact sum: rounded on its own, blank when zero. */
    static Cell amount(Yuan exact) {
        return new Amount(exact == null || exact.isZero() ? null : exact.toWanYuan());
    }

    static Cell blank() {
        return new Amount(null);
    }
}
