package org.yusuan.workbench.calc.table;

import java.util.List;

/**
 * One printed row. {@code code} identifies the row for lookups (a classification code, a unit or
 * project code, or a fixed key such as {@code total}); it is not necessarily printed.
 */
public record TableRow(RowKind kind, String code, List<Cell> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return cells.get(column);
    }

    /** The printed text of every cell. */
    public List<String> printed() {
        return cells.stream().map(Cell::printed).toList();
    }
}
