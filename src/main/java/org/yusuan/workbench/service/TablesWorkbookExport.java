package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Path;
import org.yusuan.workbench.report.booklet.BookletTemplate;
import org.yusuan.workbench.report.xlsx.TablesWorkbook;
import org.yusuan.workbench.service.wording.WordingTemplates;
import org.yusuan.workbench.store.BudgetDatabase;

/** The 13 disclosure tables of the budget in a file, as one xlsx workbook. */
public final class TablesWorkbookExport {

    /** The wording key of the line naming the department (部门名称：… / 单位名称：…) above each table. */
    private static final String DEPARTMENT_LINE = BookletTemplate.WORDING_PREFIX + "part2.department";

    private TablesWorkbookExport() {
    }

    /**
     * Writes the workbook in the file's wording; false (and nothing written) when the file holds no budget yet.
     *
     * @throws IOException when the target cannot be written; an existing file is then left as it was
     */
    public static boolean write(BudgetDatabase db, Path target) throws IOException {
        var tables = BudgetTables.derive(db);
        var budget = db.budgets().load();
        if (tables.isEmpty() || budget.isEmpty()) {
            return false;
        }
        String line = WordingTemplates.effective(db.wording().load(), budget.get().department().budgetYear())
                .texts().get(DEPARTMENT_LINE);
        OutputFiles.replace(target, out -> TablesWorkbook.write(tables.get(), line, out));
        return true;
    }

    /** The given tables (the workstation's current ones) as a workbook. */
    public static void write(java.util.List<org.yusuan.workbench.calc.table.DisclosureTable> tables, Path target)
            throws IOException {
        OutputFiles.replace(target, out -> TablesWorkbook.write(tables, out));
    }

    /** Tables as a workbook with {@code departmentLine} above each (see {@link #departmentLine}). */
    public static void write(java.util.List<org.yusuan.workbench.calc.table.DisclosureTable> tables,
                             String departmentLine, Path target) throws IOException {
        OutputFiles.replace(target, out -> TablesWorkbook.write(tables, departmentLine, out));
    }

    /** The line naming the department above each table in the workspace's wording (部门名称：{department} …). */
    public static String departmentLine(BudgetWorkspace workspace) {
        return workspace.wording().texts().get(DEPARTMENT_LINE);
    }
}
