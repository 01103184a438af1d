package org.yusuan.workbench.calc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/** The published cells of the reference booklet (test resources golden/shangdang-2023/tables). */
final class Golden {

    private Golden() {
    }

    static List<SheetRow> rows(String file) {
        String path = "/golden/shangdang-2023/tables/" + file;
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return Sheet.fromRows(file, Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))).rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Labels as two booklets print them differ in bracket width; compare them without it. */
    static String normalize(String label) {
        return label.replace('（', '(').replace('）', ')').strip();
    }

    static Map<String, String> cells(SheetRow row, String... columns) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (String c : columns) {
            map.put(c, row.get(c));
        }
        return map;
    }
}
