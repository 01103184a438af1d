package org.yusuan.workbench.exchange.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An xlsx workbook read into text cells through {@link OoxmlPackage} (the gate) and
 * {@link WorksheetXml} (the streaming reader); POI's own readers are not used for files from
 * outside. Numbers come back as Excel shows them at full precision, so amounts stay exact. A file
 * refused as a whole has no sheets and says why in {@link #faults()}; an Excel 97-2003 file (.xls)
 * is refused with the advice to save it as xlsx (docs/data-formats.md).
 */
public final class XlsxWorkbook implements WorkbookSource {

    private final Map<String, Sheet> sheets;
    private final List<String> faults;

    private XlsxWorkbook(Map<String, Sheet> sheets, List<String> faults) {
        this.sheets = sheets;
        this.faults = List.copyOf(faults);
    }

    /**
     * Reads every sheet of the file; the file is closed before this returns.
     *
     * @throws IOException only when the file cannot be opened at all (missing, no permission); a file
     *                     that opens but is not a readable workbook comes back with {@link #faults()}
     */
    public static XlsxWorkbook read(Path file) throws IOException {
        try (OoxmlPackage pkg = OoxmlPackage.open(file)) {
            SharedStringsXml strings = new SharedStringsXml();
            pkg.parse(pkg.sharedStringsPart(), strings);
            StylesXml styles = new StylesXml();
            pkg.parse(pkg.stylesPart(), styles);
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            int[] cells = {0};
            for (OoxmlPackage.SheetPart part : pkg.sheets()) {
                WorksheetXml sheet = new WorksheetXml(strings.strings(), styles, pkg.date1904(), cells);
                pkg.parse(part.part(), sheet);
                String name = org.yusuan.workbench.domain.PlainText.normalize(part.name());
                sheets.put(name, Sheet.fromRows(name, sheet.rows(), sheet.faults()));
            }
            return new XlsxWorkbook(sheets, List.of());
        } catch (UnreadableFileException e) {
            return new XlsxWorkbook(Map.of(), List.of(e.getMessage()));
        }
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }

    @Override
    public List<String> faults() {
        return faults;
    }

    /** The first sheet, for single-table files such as a catalog. */
    public Optional<Sheet> firstSheet() {
        return sheets.values().stream().findFirst();
    }
}
