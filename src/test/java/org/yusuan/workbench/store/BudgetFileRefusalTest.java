package org.yusuan.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.input.BudgetFileException;

/**
 * Files that are not budget files of this program, or not of this version, are refused in Chinese
 * and left exactly as they were, byte for byte (issue #15, "budget files").
 */
class BudgetFileRefusalTest {

    @TempDir
    Path dir;

    @Test
    void aZeroByteFileIsNotABudget() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.mv.db"));
        assertRefusedUnchanged(file, "空文件");
    }

    @Test
    void anEmptyH2DatabaseIsNotABudget() throws Exception {
        Path file = h2(dir.resolve("blank"), null);
        assertRefusedUnchanged(file, "不是预算编制工作台的预算文件");
    }

    @Test
    void anotherProgramsH2DatabaseIsRefusedInChineseWithoutFlywaysAdvice() throws Exception {
        Path file = h2(dir.resolve("foreign"), "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(20))");
        assertRefusedUnchanged(file, "不是预算编制工作台的预算文件");
    }

    @Test
    void anotherProgramsFlywayDatabaseIsNotABudgetEither() throws Exception {
        Path file = h2(dir.resolve("flyway"), "CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT, "
                + "\"version\" VARCHAR(50), \"script\" VARCHAR(1000), \"success\" BOOLEAN); "
                + "INSERT INTO \"flyway_schema_history\" VALUES (1, '1', 'V1__orders.sql', TRUE)");
        assertRefusedUnchanged(file, "不是预算编制工作台的预算文件");
    }

    @Test
    void aFileWhoseHeaderWasOverwrittenIsRefused() throws IOException {
        Path file = budgetFile("damaged");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < 64; i++) {
            bytes[i] = 'x';
        }
        Files.write(file, bytes);
        assertRefusedUnchanged(file, "不是预算编制工作台的预算文件，或文件已损坏");
    }

    @Test
    void aNewerMinorSchemaVersionIsRefusedWithoutWritingToTheFile() throws IOException {
        for (String version : new String[] {"5.1", "99"}) {
            Path file = budgetFile("newer-" + version);
            try (BudgetDatabase db = BudgetDatabase.open(file)) {
                db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                        + "\"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                        + "VALUES (99, '" + version + "', 'future', 'SQL', 'V" + version + "__future.sql', 'SA', 0, TRUE)");
            }
            assertRefusedUnchanged(file, "较新版本");
        }
    }

    @Test
    void aNewFileThatIsNotFilledLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("refused.mv.db");
        assertThat(BudgetDatabase.create(file, db -> false)).isFalse();
        assertThatThrownBy(() -> BudgetDatabase.create(dir.resolve("failed.mv.db"), db -> {
            throw new IllegalStateException("the fill failed");
        })).hasMessage("the fill failed");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aNewFileAppearsOnlyWhenComplete() throws IOException {
        Path file = dir.resolve("new.mv.db");
        assertThat(BudgetDatabase.create(file, db -> {
            assertThat(file).doesNotExist(); // filled under another name
            return true;
        })).isTrue();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
        assertThatThrownBy(() -> BudgetDatabase.create(file, db -> true)).isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("已经存在");
    }

    private Path budgetFile(String name) {
        Path file = dir.resolve(name + ".mv.db");
        BudgetDatabase.open(file).close();
        return file;
    }

    private static Path h2(Path base, String sql) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
             var statement = connection.createStatement()) {
            if (sql != null) {
                statement.execute(sql);
            }
        }
        return base.resolveSibling(base.getFileName() + BudgetDatabase.FILE_SUFFIX);
    }

    private static void assertRefusedUnchanged(Path file, String reason) throws IOException {
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> BudgetDatabase.open(file)).isInstanceOf(BudgetFileException.class)
                .hasMessageContaining(reason).hasMessageContaining(file.getFileName().toString())
                .message().doesNotContainPattern("[Bb]aseline|Flyway|Exception");
        assertThat(Files.readAllBytes(file)).as("the refused file is unchanged").isEqualTo(before);
    }
}
