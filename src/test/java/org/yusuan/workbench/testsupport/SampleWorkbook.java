package org.yusuan.workbench.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.exchange.workbook.BaseDataLayout;
import org.yusuan.workbench.exchange.workbook.SheetSpec;

/**
 * A base-data workbook as editable rows of text, written to a real xlsx file with Apache POI.
 * {@link #sample()} starts from the shipped sample's CSV sheets, so a test can take the valid
 * sample and break one cell. Rows are addressed with Excel numbering: the header is row 1.
 */
public final class SampleWorkbook {

    public static final String SAMPLE_FOLDER = "/org/yusuan/workbench/sample/shangdang-2023";

    /** Sheet name → rows; row 0 is the header. */
    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    private SampleWorkbook() {
    }

    /** The shipped sample, every sheet of {@link BaseDataLayout#SHEETS} in order. */
    public static SampleWorkbook sample() {
        SampleWorkbook book = new SampleWorkbook();
        for (SheetSpec spec : BaseDataLayout.SHEETS) {
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row : Csv.parse(sampleCsv(spec.name()))) {
                rows.add(new ArrayList<>(row));
            }
            book.sheets.put(spec.name(), rows);
        }
        return book;
    }

    /** The text of one sample sheet, as shipped. */
    public static String sampleCsv(String sheetName) {
        try (InputStream in = SampleWorkbook.class.getResourceAsStream(SAMPLE_FOLDER + "/" + sheetName + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("sample sheet missing: " + sheetName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> headers(String sheet) {
        return List.copyOf(rows(sheet).get(0));
    }

    /** Number of data rows (the header not counted). */
    public int dataRowCount(String sheet) {
        return rows(sheet).size() - 1;
    }

    /** The last row's Excel number. */
    public int lastRow(String sheet) {
        return rows(sheet).size();
    }

    public String get(String sheet, int excelRow, String column) {
        List<String> row = row(sheet, excelRow);
        int c = column(sheet, column);
        return c < row.size() ? row.get(c) : "";
    }

    public SampleWorkbook set(String sheet, int excelRow, String column, String value) {
        List<String> row = row(sheet, excelRow);
        int c = column(sheet, column);
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, value);
        return this;
    }

    /** Appends a copy of a row at the end of its sheet; returns the copy's Excel row number. */
    public int appendCopyOf(String sheet, int excelRow) {
        rows(sheet).add(new ArrayList<>(row(sheet, excelRow)));
        return lastRow(sheet);
    }

    /** Appends a row of cells in header order; returns its Excel row number. */
    public int appendRow(String sheet, String... cells) {
        rows(sheet).add(new ArrayList<>(List.of(cells)));
        return lastRow(sheet);
    }

    /** Adds a column at the end of a sheet's header (its cells blank until set). */
    public SampleWorkbook addColumn(String sheet, String header) {
        rows(sheet).get(0).add(header);
        return this;
    }

    /** Replaces a sheet with one of these headers and no rows (a sheet laid out another way). */
    public SampleWorkbook replaceSheet(String sheet, String... headers) {
        List<List<String>> rows = rows(sheet);
        rows.clear();
        rows.add(new ArrayList<>(List.of(headers)));
        return this;
    }

    /** Removes every data row of a sheet, keeping its header. */
    public SampleWorkbook clearRows(String sheet) {
        List<List<String>> rows = rows(sheet);
        rows.subList(1, rows.size()).clear();
        return this;
    }

    /** Drops a whole sheet, as if the accountant had deleted it. */
    public SampleWorkbook removeSheet(String sheet) {
        rows(sheet);
        sheets.remove(sheet);
        return this;
    }

    /** Renames a sheet, keeping its place and rows. */
    public SampleWorkbook renameSheet(String sheet, String newName) {
        Map<String, List<List<String>>> renamed = new LinkedHashMap<>();
        rows(sheet);
        sheets.forEach((name, rows) -> renamed.put(name.equals(sheet) ? newName : name, rows));
        sheets.clear();
        sheets.putAll(renamed);
        return this;
    }

    /** The Excel number of the first data row whose {@code column} equals {@code value}. */
    public int findRow(String sheet, String column, String value) {
        List<List<String>> rows = rows(sheet);
        int c = column(sheet, column);
        for (int i = 1; i < rows.size(); i++) {
            if (c < rows.get(i).size() && rows.get(i).get(c).equals(value)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no row of " + sheet + " has " + column + " = " + value);
    }

    /**
     * Writes every sheet to {@code file}. Cells of 元 columns (headers ending in 「（元）」) holding a
     * plain number are written as numeric cells, as Excel would store a typed amount; everything
     * else is a text cell (so 012001 keeps its zeros). Blank cells are not created.
     */
    public Path writeXlsx(Path file) {
        return writeXlsx(file, workbook -> { });
    }

    /**
     * Writes the workbook after {@code adjust} has changed it through POI: for what only a real
     * spreadsheet has (formulas, error values, merged cells).
     */
    public Path writeXlsx(Path file, java.util.function.Consumer<XSSFWorkbook> adjust) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (var entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                List<List<String>> rows = entry.getValue();
                List<String> headers = rows.get(0);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String value = cells.get(c);
                        if (value == null || value.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        boolean amountColumn = r > 0 && c < headers.size() && headers.get(c).endsWith("（元）");
                        if (amountColumn && value.matches("-?\\d+(\\.\\d+)?")) {
                            cell.setCellValue(Double.parseDouble(value));
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                }
            }
            adjust.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private List<List<String>> rows(String sheet) {
        List<List<String>> rows = sheets.get(sheet);
        if (rows == null) {
            throw new IllegalArgumentException("no sheet " + sheet);
        }
        return rows;
    }

    private List<String> row(String sheet, int excelRow) {
        List<List<String>> rows = rows(sheet);
        if (excelRow < 2 || excelRow > rows.size()) {
            throw new IllegalArgumentException(sheet + " has no data row " + excelRow);
        }
        return rows.get(excelRow - 1);
    }

    private int column(String sheet, String column) {
        int c = rows(sheet).get(0).indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException(sheet + " has no column " + column);
        }
        return c;
    }
}
