package org.yusuan.workbench.exchange.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * An xlsx (or xls) workbook read into text cells. Numbers come back as Excel shows them at full
 * precision ({@code 427950.53}, not {@code 427950.52999999997}), so amounts stay exact.
 */
public final class XlsxWorkbook implements WorkbookSource {

    private final Map<String, Sheet> sheets;

    private XlsxWorkbook(Map<String, Sheet> sheets) {
        this.sheets = sheets;
    }

    /** Reads every sheet of the file; the file is closed before this returns. */
    public static XlsxWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                sheets.put(sheet.getSheetName().strip(), Sheet.fromRows(sheet.getSheetName().strip(), rows(sheet)));
            }
            return new XlsxWorkbook(sheets);
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | org.apache.poi.poifs.filesystem.NotOLE2FileException e) {
            throw new IOException("「" + file.getFileName() + "」不是 Excel 工作簿（xlsx）", e);
        }
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }

    /** The first sheet, for single-table files such as a catalog. */
    public Optional<Sheet> firstSheet() {
        return sheets.values().stream().findFirst();
    }

    private static List<List<String>> rows(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }
}
