package org.yusuan.workbench.exchange.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.exchange.submission.Submission.DerivedCell;
import org.yusuan.workbench.exchange.submission.Submission.FindingLine;

/**
 * The two tables that travel as the unit computed them, not as inputs: the 13 disclosure tables cell
 * by cell and the audit findings with the unit's explanations. The bureau recomputes both and can
 * compare.
 */
final class DerivedResources {

    private DerivedResources() {
    }

    static Resource tables(List<DerivedCell> cells) {
        return BudgetResources.resource(Schemas.DERIVED, cells.stream().map(c -> List.of(String.valueOf(c.table()),
                String.valueOf(c.row()), c.rowKind(), blank(c.rowCode()), String.valueOf(c.column()), c.printed(),
                c.exact() == null ? "" : c.exact().toPlainString())).toList());
    }

    static Resource findings(List<FindingLine> findings) {
        return BudgetResources.resource(Schemas.FINDINGS, findings.stream().map(f -> List.of(f.severity(), f.ruleId(),
                f.title(), f.message(), f.location(), f.recordKind(), blank(f.agencyCode()), blank(f.projectCode()),
                number(f.itemNo()), number(f.tableNo()), blank(f.rowCode()), blank(f.explanation()))).toList());
    }

    static List<DerivedCell> readTables(Map<String, byte[]> csvByName) throws PackageRefusal {
        List<DerivedCell> cells = new ArrayList<>();
        for (var r : TableRows.read(Schemas.DERIVED, csvByName.get(Schemas.DERIVED)).all()) {
            String printed = r.text("printed");
            cells.add(new DerivedCell(r.integer("table_no"), r.integer("row_no"), r.required("row_kind"),
                    r.text("row_code"), r.integer("col_no"), printed == null ? "" : printed, r.money("exact_amount")));
        }
        return cells;
    }

    static List<FindingLine> readFindings(Map<String, byte[]> csvByName) throws PackageRefusal {
        List<FindingLine> findings = new ArrayList<>();
        for (var r : TableRows.read(Schemas.FINDINGS, csvByName.get(Schemas.FINDINGS)).all()) {
            findings.add(new FindingLine(r.required("severity"), r.required("rule_id"), r.required("title"),
                    r.required("message"), r.text("location"), r.required("record_kind"), r.text("agency_code"),
                    r.text("pro_code"), optionalInt(r, "item_no"), optionalInt(r, "table_no"), r.text("row_code"),
                    r.text("explanation")));
        }
        return findings;
    }

    private static int optionalInt(TableRows.Row r, String column) throws PackageRefusal {
        return r.text(column) == null ? 0 : r.integer(column);
    }

    private static String number(int n) {
        return n == 0 ? "" : String.valueOf(n);
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
