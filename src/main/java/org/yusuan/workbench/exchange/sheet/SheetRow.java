package org.yusuan.workbench.exchange.sheet;

import java.util.Map;

/**
 * One data row of a sheet, cells keyed by header.
 *
 * @param rowNumber the row number the user sees (Excel numbering: the header is row 1)
 */
public record SheetRow(int rowNumber, Map<String, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The cell under {@code header}, stripped; "" when blank or absent. */
    public String get(String header) {
        String value = cells.get(header);
        return value == null ? "" : value.strip();
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
