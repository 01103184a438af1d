package org.yusuan.workbench.exchange.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/**
 * Rows copied from Excel or WPS (tab-separated, one line per row, columns in the order of the
 * 基本支出 sheet) turned into basic lines with the import's checks: every row valid, or none taken.
 */
public final class BasicLinePaste {

    /** The columns a pasted row holds, in order. */
    public static final List<String> COLUMNS = BaseDataLayout.BASIC_LINES.headers();

    private BasicLinePaste() {
    }

    public static BaseDataReader.LinesResult read(String clipboard, ChartOfAccounts chart, List<BudgetUnit> units) {
        List<SheetRow> rows = new ArrayList<>();
        String[] lines = clipboard.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                row.put(COLUMNS.get(c), c < cells.length ? cells[c].strip() : "");
            }
            rows.add(new SheetRow(i + 1, row));
        }
        return BaseDataReader.readBasicLines(new Sheet("粘贴内容", COLUMNS, rows), chart, units);
    }
}
