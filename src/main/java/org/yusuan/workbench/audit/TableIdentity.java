package org.yusuan.workbench.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * total = Σ ± parts between cells of the derived tables (docs/architecture.md, "Live tables"). Checked on the exact 元 sums:
 * they must agree to the 分. The printed figures may still differ by a few 0.01万元, because each
 * printed cell is rounded on its own (尾差); that is reported as a notice, never as an error.
 *
 * @param table   the table the total is printed in
 * @param rowCode the row of the total ({@code TableRow.code()})
 */
record TableIdentity(int table, String rowCode, String description, TableTerm total, List<TableTerm> parts) {

    TableIdentity {
        parts = List.copyOf(parts);
    }

    Yuan exactDifference() {
        return parts.stream().map(TableTerm::signedExact).reduce(total.exact(), Yuan::minus);
    }

    BigDecimal printedDifference() {
        return parts.stream().map(TableTerm::signedPrinted).reduce(total.printed(), BigDecimal::subtract);
    }

    boolean holdsExactly() {
        return exactDifference().isZero();
    }

    boolean hasRoundingDifference() {
        return holdsExactly() && printedDifference().signum() != 0;
    }

    RecordRef ref() {
        return RecordRef.table(table, rowCode);
    }

    /** "9,890.04 ≠ 本年收入合计 9,367.60 + 上年结转 522.45" as printed. */
    String printedSum() {
        String sum = parts.stream().map(p -> (p.sign() < 0 ? "− " : "+ ") + p.printedText())
                .collect(Collectors.joining(" "));
        return total.printedText() + " ≠ " + (sum.startsWith("+ ") ? sum.substring(2) : sum);
    }

    /** Exact sums of total and parts, for an error message. */
    String exactSum() {
        String sum = parts.stream().map(p -> (p.sign() < 0 ? "− " : "+ ")
                        + AuditTexts.TEXTS.get("identity.exactTerm", p.label(), p.exact().format()))
                .collect(Collectors.joining(" "));
        return AuditTexts.TEXTS.get("identity.exactSum", total.label(), total.exact().format(),
                sum.startsWith("+ ") ? sum.substring(2) : sum);
    }
}
