package org.yusuan.workbench.exchange.submission;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.exchange.ExchangeTexts;
import org.yusuan.workbench.text.Csv;

/**
 * The rows of one CSV of a package, read against its schema: the header must be exactly the schema's
 * columns, and a value that does not parse refuses the package with the file, row and column.
 */
final class TableRows {

    private final String path;
    private final List<String> header;
    private final List<List<String>> rows;

    private TableRows(String path, List<String> header, List<List<String>> rows) {
        this.path = path;
        this.header = header;
        this.rows = rows;
    }

    static TableRows read(String name, byte[] csv) throws PackageRefusal {
        String path = "data/" + name + ".csv";
        List<List<String>> all = Csv.parse(new String(csv, StandardCharsets.UTF_8));
        List<String> current = Schemas.fields(name).stream().map(Resource.Field::name).toList();
        List<String> original = current.subList(0, Schemas.originalColumns(name));
        // A package of an earlier version has the table's original columns only; the added ones read as blank.
        List<String> expected = !all.isEmpty() && all.get(0).equals(original) ? original : current;
        if (all.isEmpty() || !all.get(0).equals(expected)) {
            throw new PackageRefusal("package.badHeader", path);
        }
        List<List<String>> rows = new ArrayList<>(all.subList(1, all.size()));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != expected.size()) {
                throw new PackageRefusal("package.badTable", path, i + 2, ExchangeTexts.say("package.row.columnCount", expected.size()));
            }
        }
        return new TableRows(path, expected, rows);
    }

    int size() {
        return rows.size();
    }

    /** Row {@code index} (0-based, header excluded). */
    Row row(int index) {
        return new Row(index);
    }

    List<Row> all() {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Row(i));
        }
        return out;
    }

    /** One row's values by column name, each parse refusing with the row's place. */
    final class Row {

        private final int index;

        private Row(int index) {
            this.index = index;
        }

        /** The text, null when blank or when the column is one an older package does not have. */
        String text(String column) {
            int at = header.indexOf(column);
            String value = at < 0 ? "" : rows.get(index).get(at);
            return value.isEmpty() ? null : value;
        }

        /** Whether the table has that column (an older package lacks the added ones). */
        boolean has(String column) {
            return header.contains(column);
        }

        String required(String column) throws PackageRefusal {
            String value = text(column);
            if (value == null) {
                throw refusal("package.row.empty", column);
            }
            return value;
        }

        int integer(String column) throws PackageRefusal {
            try {
                return Integer.parseInt(required(column));
            } catch (NumberFormatException e) {
                throw refusal("package.row.notInteger", column);
            }
        }

        /** An amount in 元 written as the writer writes it (plain, at most two decimals); null when blank. */
        Yuan money(String column) throws PackageRefusal {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!value.matches("-?\\d+(\\.\\d{1,2})?")) {
                throw refusal("package.row.notMoney", column);
            }
            return Yuan.of(new BigDecimal(value));
        }

        BigDecimal decimal(String column) throws PackageRefusal {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw refusal("package.row.notNumber", column);
            }
        }

        /** A choice written as the constant's name; null when blank. */
        <E extends Enum<E>> E choice(String column, Class<E> type) throws PackageRefusal {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw refusal("package.row.notChoice", column, value);
            }
        }

        <E extends Enum<E>> E requiredChoice(String column, Class<E> type) throws PackageRefusal {
            required(column);
            return choice(column, type);
        }

        /** {@code reasonKey}: a {@code package.row.*} sentence, said inside the file's and the row's. */
        PackageRefusal refusal(String reasonKey, Object... args) {
            return new PackageRefusal("package.badTable", path, index + 2, ExchangeTexts.say(reasonKey, args));
        }
    }
}
