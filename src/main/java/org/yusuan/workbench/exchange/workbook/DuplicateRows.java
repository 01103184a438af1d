package org.yusuan.workbench.exchange.workbook;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/** Finds rows that repeat an earlier row cell for cell: almost always a paste done twice. */
final class DuplicateRows {

    private final Map<String, Integer> firstRowByContent = new HashMap<>();

    void check(SheetRow row, RowReader reader) {
        String key = new TreeMap<>(row.cells()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().strip())
                .reduce("", (a, b) -> a + "\u0001" + b);
        Integer first = firstRowByContent.putIfAbsent(key, row.rowNumber());
        if (first != null) {
            reader.problem(null, say("row.duplicate", first));
        }
    }
}
