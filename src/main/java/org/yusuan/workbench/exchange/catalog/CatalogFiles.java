package org.yusuan.workbench.exchange.catalog;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.yusuan.workbench.exchange.sheet.CsvWorkbook;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;

/** Opens a catalog file, CSV or xlsx, as one sheet, through the same readers and limits as a workbook. */
public final class CatalogFiles {

    /** The catalog's sheet, or why the file as a whole was refused (each sentence names the file). */
    public record Read(Sheet sheet, List<String> faults) {

        public Read {
            faults = List.copyOf(faults);
        }
    }

    private CatalogFiles() {
    }

    /** @throws IOException only when the file cannot be opened at all */
    public static Read read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return new Read(CsvWorkbook.read(file, name), List.of());
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            XlsxWorkbook book = XlsxWorkbook.read(file);
            if (!book.faults().isEmpty()) {
                return new Read(null, book.faults());
            }
            return book.firstSheet()
                    .map(s -> new Read(new Sheet(name + "/" + s.name(), s.headers(), s.rows(), s.faults()), List.of()))
                    .orElseGet(() -> new Read(null, List.of(say("catalog.noSheet", name))));
        }
        return new Read(null, List.of(say("catalog.fileType", name)));
    }
}
