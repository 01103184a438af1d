package org.yusuan.workbench.exchange.workbook;

import java.util.List;

/** One sheet of the base-data workbook: its name, what it holds and its columns. */
public record SheetSpec(String name, String purpose, List<ColumnSpec> columns) {

    public SheetSpec {
        columns = List.copyOf(columns);
    }

    public List<String> headers() {
        return columns.stream().map(ColumnSpec::header).toList();
    }
}
