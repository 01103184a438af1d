package org.yusuan.workbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/**
 * The published cells of tables 1-13 of the reference booklet (golden CSVs), as table number and
 * printed text, for checking what the booklet and the workbook print.
 */
public final class PublishedCells {

    /** One published cell: the table it belongs to, its CSV column and its printed value. */
    public record Published(int table, String file, String column, String value) {
        public boolean isAmount() {
            return AMOUNT.matcher(value).matches();
        }
    }

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");
    public static final List<String> FILES = List.of("t01_income.csv", "t01_expenditure.csv", "t02_income.csv",
            "t03_expenditure.csv", "t04_fiscal_income.csv", "t04_fiscal_expenditure.csv", "t05_gpb_expenditure.csv",
            "t06_basic_econ.csv", "t10_three_public.csv", "t11_admin_running.csv", "t12_projects_current.csv",
            "t13_projects_carryover.csv");
    /** Columns that locate a row in the reference (line numbers) or classify it; they are not printed. */
    private static final List<String> NOT_PRINTED = List.of("line", "level", "kind", "group");

    private PublishedCells() {
    }

    public static List<Published> all() {
        List<Published> cells = new ArrayList<>();
        for (String file : FILES) {
            int table = Integer.parseInt(file.substring(1, 3));
            for (SheetRow row : rows(file)) {
                for (var entry : row.cells().entrySet()) {
                    String value = entry.getValue() == null ? "" : entry.getValue().strip();
                    if (!value.isEmpty() && !NOT_PRINTED.contains(entry.getKey())) {
                        cells.add(new Published(table, file, entry.getKey(), value));
                    }
                }
            }
        }
        return cells;
    }

    public static List<SheetRow> rows(String file) {
        return read("/golden/shangdang-2023/tables/" + file, file).rows();
    }

    public static Sheet read(String path, String name) {
        try (InputStream in = PublishedCells.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return Sheet.fromRows(name, Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
