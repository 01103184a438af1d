package org.yusuan.workbench.audit;

import java.math.BigDecimal;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.money.WanYuan;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * One cell taking part in a table identity: its exact 元 sum (what the identity is checked on) and
 * its printed 万元 figure (what a reader adds up, and where 尾差 shows).
 *
 * @param label   e.g. "表5 合计行 基本支出"
 * @param sign    +1 or −1 in the sum of parts
 */
record TableTerm(String label, Yuan exact, BigDecimal printed, int sign) {

    static TableTerm of(String label, TableRow row, int column) {
        if (row == null) {
            return new TableTerm(label, Yuan.ZERO, BigDecimal.ZERO.setScale(2), 1);
        }
        if (!(row.cell(column) instanceof Cell.Amount amount)) {
            throw new IllegalArgumentException("not an amount: " + label);
        }
        return new TableTerm(label, amount.exact(), amount.printedValue(), 1);
    }

    TableTerm negated() {
        return new TableTerm(label, exact, printed, -sign);
    }

    Yuan signedExact() {
        return sign < 0 ? exact.negate() : exact;
    }

    BigDecimal signedPrinted() {
        return sign < 0 ? printed.negate() : printed;
    }

    /** "基本支出 3,703.75" as printed (万元). */
    String printedText() {
        return label + " " + new WanYuan(printed).grouped();
    }
}
