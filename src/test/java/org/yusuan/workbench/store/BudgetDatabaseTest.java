package org.yusuan.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.input.BudgetFileException;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.SampleBudget;

class BudgetDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsTheFileWithTheH2SuffixWhetherOrNotTheNameHasIt() {
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("预算2023"))) {
            assertThat(db.file()).isEqualTo(dir.resolve("预算2023.mv.db"));
        }
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("other.mv.db"))) {
            assertThat(db.file()).isEqualTo(dir.resolve("other.mv.db"));
        }

        assertThat(dir.resolve("预算2023.mv.db")).isRegularFile();
        assertThat(dir.resolve("other.mv.db")).isRegularFile();
        assertThat(dir.resolve("other.mv.db.mv.db")).doesNotExist();
        assertThat(BudgetDatabase.exists(dir.resolve("预算2023"))).isTrue();
        assertThat(BudgetDatabase.exists(dir.resolve("预算2023.mv.db"))).isTrue();
        assertThat(BudgetDatabase.exists(dir.resolve("none"))).isFalse();
    }

    @Test
    void createsMissingFolders() {
        Path nested = dir.resolve("a/b/budget");
        try (BudgetDatabase db = BudgetDatabase.open(nested)) {
            assertThat(db.budgets().load()).isEmpty();
        }
        assertThat(dir.resolve("a/b/budget.mv.db")).isRegularFile();
    }

    @Test
    void migratesTheSchemaWithFlyway() {
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("budget"))) {
            var history = db.dsl().resultQuery(
                    "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL").fetch();

            assertThat(history.getValues(0, String.class)).containsExactlyElementsOf(shippedVersions());
            assertThat(history.getValues(1, Boolean.class)).containsOnly(true);
            assertThat(db.catalog().isEmpty()).isTrue();
            assertThat(db.budgets().load()).isEmpty();
        }
        // Opening again migrates nothing more.
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("budget"))) {
            assertThat(db.dsl().resultQuery(
                    "SELECT * FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL").fetch())
                    .hasSize(shippedVersions().size());
        }
    }

    @Test
    void anotherProcessIsToldTheFileIsInUseUntilItIsClosed() throws Exception {
        Path file = dir.resolve("shared");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            String child = openInChildProcess(db.file());

            assertThat(child).startsWith("REFUSED:").contains("正在被另一个").contains("shared.mv.db");
        }
        assertThat(openInChildProcess(file)).isEqualTo("OPENED shared.mv.db");
    }

    @Test
    void aFileInUseByAnotherProcessIsRefusedInWordsWhenOpenedReadOnlyToo() throws Exception {
        Path file = dir.resolve("shared");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            SampleBudget.createIn(db);
            String child = openInChildProcess(db.file(), "read-only");

            assertThat(child).startsWith("REFUSED:").contains("正在被另一个").contains("shared.mv.db");
        }
        byte[] closed = Files.readAllBytes(dir.resolve("shared.mv.db"));
        assertThat(openInChildProcess(dir.resolve("shared.mv.db"), "read-only")).isEqualTo("OPENED shared.mv.db");
        assertThat(Files.readAllBytes(dir.resolve("shared.mv.db"))).isEqualTo(closed);
    }

    @Test
    void aFileThatIsNoDatabaseIsReportedAsNotABudgetFileOrDamaged() throws IOException {
        Path file = dir.resolve("x.mv.db");
        byte[] noise = new byte[64 * 1024];
        new Random(20230101L).nextBytes(noise);
        Files.write(file, noise);

        assertThatThrownBy(() -> BudgetDatabase.open(file).close())
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("x.mv.db")
                .hasMessageContaining("不是预算编制工作台的预算文件，或文件已损坏");
    }

    @Test
    void aShortFileThatIsNoDatabaseIsReportedAsNotABudgetFileOrDamaged() throws IOException {
        Path file = dir.resolve("notes.mv.db");
        Files.writeString(file, "这不是数据库\n".repeat(50), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BudgetDatabase.open(file).close())
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("不是预算编制工作台的预算文件，或文件已损坏");
    }

    @Test
    void replaceIsAllOrNothing() {
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("budget"))) {
            SampleBudget.createIn(db);
            Budget stored = db.budgets().load().orElseThrow();
            List<BasicExpenditureLine> lines = new ArrayList<>(stored.basicLines());
            lines.add(new BasicExpenditureLine(0, "999999", "2040201", "30201", null,
                    FundingSource.GENERAL_PUBLIC_BUDGET, Yuan.parse("100.00"), null, FundYear.CURRENT, null));
            Budget broken = new Budget(stored.department(), stored.units(), stored.staffing(), lines,
                    stored.projects(), stored.forms(), stored.priorYear(), stored.stateAssets(), stored.narrative());

            assertThatThrownBy(() -> db.budgets().replace(broken))
                    .hasStackTraceContaining("unknown unit 999999");

            assertThat(db.budgets().load()).contains(stored);
        }
    }

    /** Opens the file in a child JVM and returns what it printed. */
    private static String openInChildProcess(Path file, String... how) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", OpenBudgetFileMain.class.getName(), file.toString()));
        command.addAll(List.of(how));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(false)
                .start();
        String out;
        try (var in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("child exit status; stderr: %s", err).isZero();
        return out.strip();
    }

    @Test
    void aFileOfTheFirstSchemaVersionIsUpgradedWhenOpened() throws Exception {
        Path file = dir.resolve("old.mv.db");
        String url = "jdbc:h2:file:" + dir.resolve("old").toAbsolutePath();
        // A file as the first release wrote it: schema version 1 only, with a staffing row.
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("1").load().migrate();
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO department VALUES (1, '012', '某部门', 2023, 'TRADITIONAL')");
            statement.execute("INSERT INTO budget_unit (code, name, unit_type, sort_order) VALUES ('012001', '某单位', 'ADMINISTRATIVE', 0)");
            statement.execute("INSERT INTO staffing (unit_id, category, authorized, actual) "
                    + "SELECT id, 'ADMINISTRATIVE', 10, 9 FROM budget_unit");
        }

        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            var budget = db.budgets().load().orElseThrow();
            assertThat(budget.staffing()).singleElement()
                    .satisfies(s -> assertThat(s.authorized()).isEqualTo(10))
                    .satisfies(s -> assertThat(s.actual()).isEqualTo(9));
            var versions = db.dsl().resultQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"").fetch().getValues(0, String.class);
            assertThat(versions).containsExactlyElementsOf(shippedVersions());
        }
    }

    /** The versions of the migration scripts the program ships (V1__…, V2__…), in order. */
    private static java.util.List<String> shippedVersions() {
        try (var files = java.nio.file.Files.list(Path.of(BudgetDatabaseTest.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSchemaVersionConstantIsTheNewestScript() {
        assertThat(String.valueOf(BudgetDatabase.SCHEMA_VERSION)).isEqualTo(shippedVersions().get(shippedVersions().size() - 1));
    }

    @Test
    void aFileFromANewerProgramIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("newer.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'SA', 0, TRUE)");
        }
        assertThatThrownBy(() -> BudgetDatabase.open(file)).isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("较新版本");
    }
}
