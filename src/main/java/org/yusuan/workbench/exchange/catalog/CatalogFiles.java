package org.yusuan.workbench.exchange.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;

/** Opens a catalog file, CSV or xlsx, as one sheet. */
public final class CatalogFiles {

    private CatalogFiles() {
    }

    public static Sheet read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Sheet.fromRows(name, Csv.parse(Files.readString(file, StandardCharsets.UTF_8)));
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return XlsxWorkbook.read(file).firstSheet()
                    .map(s -> new Sheet(name + "/" + s.name(), s.headers(), s.rows()))
                    .orElseThrow(() -> new IOException("「" + name + "」中没有工作表"));
        }
        throw new IOException("不支持的目录文件类型「" + name + "」：请使用 .csv 或 .xlsx");
    }
}
