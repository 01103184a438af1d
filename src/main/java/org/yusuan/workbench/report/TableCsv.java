package org.yusuan.workbench.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.text.Csv;

/**
 * The tables as CSV: one line per table row — table number, row kind, row code, then every cell as
 * printed (万元 with two decimals, blank where the booklet is blank).
 */
public final class TableCsv {

    public static final List<String> HEADER = List.of("表", "行类型", "行代码");

    private TableCsv() {
    }

    public static void write(PrintWriter out, List<DisclosureTable> tables) {
        List<String> header = new ArrayList<>(HEADER);
        int widest = tables.stream().mapToInt(DisclosureTable::columnCount).max().orElse(0);
        for (int c = 1; c <= widest; c++) {
            header.add("列" + c);
        }
        out.print(Csv.line(header) + "\n");
        for (DisclosureTable table : tables) {
            for (TableRow row : table.rows()) {
                List<String> fields = new ArrayList<>();
                fields.add(String.valueOf(table.number()));
                fields.add(row.kind().name());
                fields.add(row.code());
                fields.addAll(row.printed());
                out.print(Csv.line(fields) + "\n");
            }
        }
        out.flush();
    }
}
