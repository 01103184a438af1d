package org.yusuan.workbench.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.HeaderCell;
import org.yusuan.workbench.calc.table.TableRow;

/** The tables as aligned text for a terminal: title, department, unit, the last header row, rows. */
public final class TableText {

    private TableText() {
    }

    public static void write(PrintWriter out, List<DisclosureTable> tables) {
        for (DisclosureTable table : tables) {
            out.println("预算公开表" + table.number() + "  " + table.title());
            out.println("部门名称：" + table.departmentName() + "    " + DisclosureTable.UNIT_LINE);
            List<List<String>> lines = new ArrayList<>();
            lines.add(leafHeader(table));
            table.rows().stream().map(TableRow::printed).forEach(lines::add);
            int[] widths = widths(lines, table.columnCount());
            for (int i = 0; i < lines.size(); i++) {
                out.println(format(lines.get(i), widths, i == 0 ? null : table.rows().get(i - 1)));
            }
            table.note().ifPresent(out::println);
            out.println();
        }
        out.flush();
    }

    /** The header flattened to one label per column: the lowest header cell over each column. */
    private static List<String> leafHeader(DisclosureTable table) {
        int columns = table.columnCount();
        String[] labels = new String[columns];
        int[] coveredUntilRow = new int[columns];
        for (int r = 0; r < table.header().size(); r++) {
            if (table.header().get(r).stream().allMatch(h -> h.text().matches("\\d+"))) {
                continue; // the 1 2 3 … numbering row of tables 12 and 13 names no column
            }
            int c = 0;
            for (HeaderCell cell : table.header().get(r)) {
                while (c < columns && coveredUntilRow[c] > r) {
                    c++;
                }
                for (int k = 0; k < cell.columnSpan() && c + k < columns; k++) {
                    if (cell.columnSpan() == 1 || labels[c + k] == null) {
                        labels[c + k] = cell.text();
                    }
                    coveredUntilRow[c + k] = r + cell.rowSpan();
                }
                c += cell.columnSpan();
            }
        }
        List<String> leaf = new ArrayList<>();
        for (String label : labels) {
            leaf.add(label == null ? "" : label);
        }
        return leaf;
    }

    private static int[] widths(List<List<String>> lines, int columns) {
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int c = 0; c < Math.min(columns, line.size()); c++) {
                widths[c] = Math.max(widths[c], displayWidth(line.get(c)));
            }
        }
        return widths;
    }

    private static String format(List<String> line, int[] widths, TableRow row) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < widths.length && c < line.size(); c++) {
            String text = line.get(c);
            String pad = " ".repeat(widths[c] - displayWidth(text));
            boolean amount = row != null && row.cell(c) instanceof Cell.Amount;
            out.append(amount ? pad + text : text + pad).append("  ");
        }
        return out.toString().stripTrailing();
    }

    /** CJK characters take two terminal columns. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
