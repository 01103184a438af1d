package org.yusuan.workbench.exchange.sheet;

import java.util.List;

/** A named table of text cells: a worksheet of an xlsx file or one CSV file. */
public record Sheet(String name, List<String> headers, List<SheetRow> rows) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Builds a sheet from raw rows: the first is the header; blank rows are dropped. */
    public static Sheet fromRows(String name, List<List<String>> raw) {
        if (raw.isEmpty()) {
            return new Sheet(name, List.of(), List.of());
        }
        List<String> headers = raw.get(0).stream().map(h -> h == null ? "" : h.strip()).toList();
        var rows = new java.util.ArrayList<SheetRow>();
        for (int i = 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            var map = new java.util.LinkedHashMap<String, String>();
            for (int c = 0; c < headers.size(); c++) {
                if (!headers.get(c).isEmpty()) {
                    map.put(headers.get(c), c < cells.size() && cells.get(c) != null ? cells.get(c) : "");
                }
            }
            SheetRow row = new SheetRow(i + 1, map);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new Sheet(name, headers, rows);
    }

    public boolean hasColumn(String header) {
        return headers.contains(header);
    }
}
