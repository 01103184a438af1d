package org.yusuan.workbench.exchange.sheet;

import java.util.Map;
import org.yusuan.workbench.domain.PlainText;

/**
 * One data row of a sheet, cells keyed by header.
 *
 * @param rowNumber the row number the user sees (Excel numbering: the header is row 1)
 */
public record SheetRow(int rowNumber, Map<String, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The cell under {@code header}, normalised (NFC, stripped); "" when blank or absent. */
    public String get(String header) {
        return PlainText.normalize(cells.get(header));
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
