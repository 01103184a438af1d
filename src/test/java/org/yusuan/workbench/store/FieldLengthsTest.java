package org.yusuan.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.FieldLengths;

/**
 * The budget file gives each text the room {@link FieldLengths} promises the import and the
 * editors: read from a real file's own schema, so a migration that narrows a column, or a limit
 * raised in one place only, fails here.
 */
class FieldLengthsTest {

    @TempDir
    Path dir;

    @Test
    void theFileGivesEveryTextTheRoomTheEditorsAndTheImportAllow() throws Exception {
        Path file = dir.resolve("b.mv.db");
        BudgetDatabase.open(file).close();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("DEPARTMENT.NAME", FieldLengths.NAME);
        expected.put("BUDGET_UNIT.NAME", FieldLengths.NAME);
        expected.put("PERFORMANCE_FORM.TITLE", FieldLengths.NAME);
        expected.put("PROJECT.NAME", FieldLengths.PROJECT_NAME);
        expected.put("PERFORMANCE_INDICATOR.NAME", FieldLengths.PROJECT_NAME);
        expected.put("PERFORMANCE_INDICATOR.VALUE_IMPLEMENTATION", FieldLengths.PROJECT_NAME);
        expected.put("PERFORMANCE_INDICATOR.VALUE_YEAR", FieldLengths.PROJECT_NAME);
        expected.put("PROJECT.CODE", FieldLengths.SHORT);
        expected.put("PROJECT.PERIOD", FieldLengths.SHORT);
        expected.put("PERFORMANCE_INDICATOR.LEVEL1", FieldLengths.SHORT);
        expected.put("PERFORMANCE_INDICATOR.LEVEL2", FieldLengths.SHORT);
        expected.put("PERFORMANCE_FORM.PHONE", FieldLengths.SHORT);
        expected.put("PERFORMANCE_FORM.FILLED_ON", FieldLengths.SHORT);
        expected.put("PERFORMANCE_FORM.PERSON_IN_CHARGE", FieldLengths.PERSON);
        expected.put("PERFORMANCE_FORM.HANDLER", FieldLengths.PERSON);
        expected.put("BASIC_LINE.NOTE", FieldLengths.NOTE);
        expected.put("PROJECT.NOTE", FieldLengths.NOTE);
        expected.put("PROJECT_LINE.NOTE", FieldLengths.NOTE);

        Map<String, Integer> actual = new LinkedHashMap<>();
        String url = "jdbc:h2:file:" + dir.resolve("b") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet columns = connection.createStatement().executeQuery(
                     "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
                             + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (columns.next()) {
                String key = columns.getString(1) + "." + columns.getString(2);
                if (expected.containsKey(key)) {
                    actual.put(key, columns.getInt(3));
                }
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
