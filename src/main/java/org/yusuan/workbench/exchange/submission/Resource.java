package org.yusuan.workbench.exchange.submission;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.text.Csv;

/**
 * One CSV table of a package with its Table Schema: the header is the fields' names, every row has
 * one value per field, blank for none.
 */
public record Resource(String name, String title, List<Field> fields, List<List<String>> rows) {

    /** A column: its name (一体化 vocabulary where there is one), Table Schema type and meaning. */
    public record Field(String name, String type, String description) {

        static Field text(String name, String description) {
            return new Field(name, "string", description);
        }

        static Field integer(String name, String description) {
            return new Field(name, "integer", description);
        }

        /** 元 with two decimals, written as {@code 1234.50}. */
        static Field money(String name, String description) {
            return new Field(name, "number", description + "（元，两位小数）");
        }
    }

    public Resource {
        fields = List.copyOf(fields);
        int width = fields.size();
        String table = name;
        rows = rows.stream().map(r -> {
            if (r.size() != width) {
                throw new IllegalArgumentException(table + ": row of " + r.size() + " values for " + width);
            }
            return java.util.Collections.unmodifiableList(new ArrayList<>(r));
        }).toList();
    }

    /** Its path inside the package. */
    public String path() {
        return "data/" + name + ".csv";
    }

    public List<String> header() {
        return fields.stream().map(Field::name).toList();
    }

    /** UTF-8 without BOM, LF line ends: the same rows give the same bytes on every system. */
    public byte[] csv() {
        StringBuilder out = new StringBuilder(Csv.line(header())).append('\n');
        rows.forEach(r -> out.append(Csv.line(r)).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
