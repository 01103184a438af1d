package org.yusuan.workbench.calc.table;

import java.util.List;
import java.util.Optional;

/**
 * One of the 13 disclosure tables (预算公开表) as printed: title, department, unit line, header
 * rows with their spans, and rows of cells. An empty table keeps its header and skeleton rows.
 */
public record DisclosureTable(int number, String title, String departmentName, List<List<HeaderCell>> header,
                              List<TableRow> rows, boolean hasData) {

    public static final String UNIT_LINE = "单位：万元";
    public static final String NO_DATA_NOTE = "注：本表无数据";

    public DisclosureTable {
        header = header.stream().map(List::copyOf).toList();
        rows = List.copyOf(rows);
    }

    /** "注：本表无数据" for a table without data. */
    public Optional<String> note() {
        return hasData ? Optional.empty() : Optional.of(NO_DATA_NOTE);
    }

    public int columnCount() {
        return header.get(0).stream().mapToInt(HeaderCell::columnSpan).sum();
    }

    public Optional<TableRow> row(String code) {
        return rows.stream().filter(r -> code.equals(r.code())).findFirst();
    }
}
