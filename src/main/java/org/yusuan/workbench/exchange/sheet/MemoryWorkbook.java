package org.yusuan.workbench.exchange.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A workbook built in memory (e.g. from a dialog), so it goes through the same checks as a file. */
public final class MemoryWorkbook implements WorkbookSource {

    private final Map<String, Sheet> sheets = new LinkedHashMap<>();

    /** Adds a sheet: the header row, then the data rows. */
    public MemoryWorkbook with(String name, List<String> headers, List<List<String>> rows) {
        List<List<String>> all = new java.util.ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        sheets.put(name, Sheet.fromRows(name, all));
        return this;
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }
}
