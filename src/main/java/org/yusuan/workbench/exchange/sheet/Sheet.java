package org.yusuan.workbench.exchange.sheet;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.domain.input.ImportProblem;

/**
 * A named table of text cells: a worksheet of an xlsx file or one CSV file. {@code faults} are what
 * made the sheet unreadable as it stands; a sheet with faults must not be taken at its rows.
 */
public record Sheet(String name, List<String> headers, List<SheetRow> rows, List<SheetFault> faults) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        faults = List.copyOf(faults);
    }

    public Sheet(String name, List<String> headers, List<SheetRow> rows) {
        this(name, headers, rows, List.of());
    }

    /** Builds a sheet from raw rows: the first is the header; blank rows are dropped. */
    public static Sheet fromRows(String name, List<List<String>> raw) {
        return fromRows(name, raw, List.of());
    }

    /**
     * Builds a sheet from raw rows (the first is the header; blank rows are dropped), adding to the
     * reader's {@code readFaults} a header named twice and a value under no header: either would
     * silently lose a column.
     */
    public static Sheet fromRows(String name, List<List<String>> raw, List<SheetFault> readFaults) {
        List<SheetFault> faults = new ArrayList<>(readFaults);
        if (raw.isEmpty()) {
            return new Sheet(name, List.of(), List.of(), faults);
        }
        List<String> headers = raw.get(0).stream().map(PlainText::normalize).toList();
        Map<String, Integer> firstColumn = new HashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            Integer first = headers.get(c).isEmpty() ? null : firstColumn.putIfAbsent(headers.get(c), c);
            if (first != null) {
                faults.add(new SheetFault(1, c, say("sheet.duplicateHeader", headers.get(c), CellRef.column(first),
                        CellRef.column(c))));
            }
        }
        var rows = new ArrayList<SheetRow>();
        for (int i = 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            var map = new LinkedHashMap<String, String>();
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c) == null ? "" : PlainText.nfc(cells.get(c));
                if (c < headers.size() && !headers.get(c).isEmpty()) {
                    map.putIfAbsent(headers.get(c), value);
                } else if (!value.isBlank() && faults.size() < SheetLimits.MAX_FAULTS_PER_SHEET) {
                    faults.add(new SheetFault(i + 1, c, say("sheet.valueWithoutHeader", CellRef.name(c, i + 1))));
                }
            }
            headers.stream().filter(h -> !h.isEmpty()).forEach(h -> map.putIfAbsent(h, ""));
            SheetRow row = new SheetRow(i + 1, map);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new Sheet(name, headers, rows, faults);
    }

    public boolean hasColumn(String header) {
        return headers.contains(header);
    }

    /** What made the sheet unreadable as it stands, each with its place. */
    public List<ImportProblem> problems() {
        return faults.stream().map(f -> new ImportProblem(name, f.row(), header(f.column()), f.reason())).toList();
    }

    /** The header of a 0-based column, or null when it has none (or the index is -1). */
    public String header(int column) {
        return column >= 0 && column < headers.size() && !headers.get(column).isEmpty() ? headers.get(column) : null;
    }
}
