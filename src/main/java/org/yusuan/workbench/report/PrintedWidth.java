package org.yusuan.workbench.report;

import org.yusuan.workbench.calc.table.DisclosureTable;

/**
 * Whether a table prints on a landscape page. Seven or more columns do not fit an A4 portrait page
 * at a readable size (tables 2, 4, 9 and 12 of the reference booklet); the PDF and the workbook's
 * page setup use the same rule so that both print alike.
 */
public final class PrintedWidth {

    static final int LANDSCAPE_FROM_COLUMNS = 7;

    private PrintedWidth() {
    }

    public static boolean isWide(DisclosureTable table) {
        return table.columnCount() >= LANDSCAPE_FROM_COLUMNS;
    }
}
