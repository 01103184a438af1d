package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Path;
import org.yusuan.workbench.report.xlsx.TablesWorkbook;
import org.yusuan.workbench.store.BudgetDatabase;

/** The 13 disclosure tables of the budget in a file, as one xlsx workbook. */
public final class TablesWorkbookExport {

    private TablesWorkbookExport() {
    }

    /**
     * Writes the workbook; false (and nothing written) when the file holds no budget yet.
     *
     * @throws IOException when the target cannot be written; an existing file is then left as it was
     */
    public static boolean write(BudgetDatabase db, Path target) throws IOException {
        var tables = BudgetTables.derive(db);
        if (tables.isEmpty()) {
            return false;
        }
        write(tables.get(), target);
        return true;
    }

    /** The given tables (the workstation's current ones) as a workbook. */
    public static void write(java.util.List<org.yusuan.workbench.calc.table.DisclosureTable> tables, Path target)
            throws IOException {
        OutputFiles.replace(target, out -> TablesWorkbook.write(tables, out));
    }
}
