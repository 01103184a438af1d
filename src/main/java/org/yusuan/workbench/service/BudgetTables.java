package org.yusuan.workbench.service;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.report.TableCsv;
import org.yusuan.workbench.report.TableText;
import org.yusuan.workbench.store.BudgetDatabase;

/** The 13 disclosure tables of the budget in a file. */
public final class BudgetTables {

    private BudgetTables() {
    }

    /** Empty when the file holds no budget yet. */
    public static Optional<List<DisclosureTable>> derive(BudgetDatabase db) {
        var chart = db.catalog().load();
        var wording = db.wording().load();
        return db.budgets().load().map(budget -> DisclosureTables.derive(budget, chart, wording));
    }

    /** The tables as plain text in 万元, aligned for a terminal. */
    public static void writeText(PrintWriter out, List<DisclosureTable> tables) {
        TableText.write(out, tables);
    }

    /** The tables as CSV in 万元, one block per table. */
    public static void writeCsv(PrintWriter out, List<DisclosureTable> tables) {
        TableCsv.write(out, tables);
    }
}
