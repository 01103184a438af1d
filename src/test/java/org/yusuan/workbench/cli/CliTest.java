package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.testsupport.Cli;

/** The `yusuan` command line, run through its real entry point. */
class CliTest {

    @TempDir
    Path dir;

    @Test
    void versionIsTheBuildsVersionEvenWhenRunFromClasses() {
        // The tests run from target/classes (no jar manifest): the version comes from the filtered resource.
        Cli.Run version = Cli.run("--version");

        assertThat(version.status()).isZero();
        assertThat(version.out().strip()).matches("预算编制工作台 Yusuan Workbench \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void sampleThenInfoShowsTheCountsAndTotals() {
        Path file = dir.resolve("sample");

        Cli.Run sample = Cli.run("sample", "--db", file.toString());

        assertThat(sample.status()).as(sample.err()).isZero();
        assertThat(sample.out()).contains("已创建示例预算", "sample.mv.db");
        assertThat(dir.resolve("sample.mv.db")).isRegularFile();

        Cli.Run info = Cli.run("info", "--db", file.toString());

        assertThat(info.status()).as(info.err()).isZero();
        assertThat(info.err()).isEmpty();
        assertThat(info.out()).contains(
                "部门：012 长治市公安局上党分局（2023 年度）",
                "单位：3 个",
                "基本支出明细：38 行",
                "项目：29 个（本年 23 个，上年结转 6 个），项目明细 33 行",
                "绩效目标申报表：28 张，三级指标 283 个",
                "93,675,950.23", "9,367.60",
                "5,224,468.60", "522.45",
                "98,900,418.83", "9,890.04",
                "44,953,388.00");
        assertThat(info.out().lines().filter(l -> l.startsWith("收入总计")).findFirst()).hasValueSatisfying(
                l -> assertThat(l).contains("98,900,418.83").endsWith("9,890.04"));
    }

    @Test
    void sampleAgainWithoutForceIsRefusedAndChangesNothing() {
        Path file = dir.resolve("budget.mv.db");
        assertThat(Cli.run("sample", "--db", file.toString()).status()).isZero();
        Budget before = load(file);

        Cli.Run again = Cli.run("sample", "--db", file.toString());

        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("已有预算", "长治市公安局上党分局", "未作改动", "--force");
        assertThat(again.out()).doesNotContain("已创建");
        // Equal including database ids: the budget was not rewritten.
        assertThat(load(file)).isEqualTo(before);

        Cli.Run forced = Cli.run("sample", "--db", file.toString(), "--force");

        assertThat(forced.status()).isZero();
        Budget after = load(file);
        assertThat(after).isNotEqualTo(before);
        assertThat(after.basicLines()).hasSameSizeAs(before.basicLines());
    }

    @Test
    void infoOnAMissingFileExitsWithThreeAndCreatesNothing() {
        Path missing = dir.resolve("nowhere");

        Cli.Run info = Cli.run("info", "--db", missing.toString());

        assertThat(info.status()).isEqualTo(3);
        assertThat(info.err()).contains("找不到预算文件", "nowhere.mv.db");
        assertThat(info.out()).isEmpty();
        assertThat(dir.resolve("nowhere.mv.db")).doesNotExist();
    }

    @Test
    void infoOnADamagedFileExitsWithThree() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("damaged.mv.db"), noise);

        Cli.Run info = Cli.run("info", "--db", dir.resolve("damaged").toString());

        assertThat(info.status()).isEqualTo(3);
        assertThat(info.err()).contains("错误：", "damaged.mv.db", "不是预算编制工作台的预算文件，或文件已损坏");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tables", "narrative", "audit", "forms", "booklet", "xlsx"})
    void aCommandOnAFileWithoutABudgetIsRefusedAndWritesNothing(String command) {
        Path file = dir.resolve("empty");
        BudgetDatabase.open(file).close();
        Path target = dir.resolve("out." + command);
        List<String> args = new ArrayList<>(List.of(command, "--db", file.toString()));
        if (List.of("forms", "booklet", "xlsx").contains(command)) {
            args.addAll(List.of("--out", target.toString()));
        }

        Cli.Run run = Cli.run(args.toArray(String[]::new));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("预算文件中还没有预算");
        assertThat(run.out()).isEmpty();
        assertThat(target).doesNotExist();
    }

    @Test
    void infoOnAnEmptyFileSaysThereIsNoBudgetYet() {
        Path file = dir.resolve("empty");
        BudgetDatabase.open(file).close();

        Cli.Run info = Cli.run("info", "--db", file.toString());

        assertThat(info.status()).isZero();
        assertThat(info.out()).contains("还没有预算", "yusuan sample");
    }

    @Test
    void importOfAMissingWorkbookExitsWithThree() {
        Cli.Run run = Cli.run("import", "--db", dir.resolve("b").toString(), dir.resolve("无此文件.xlsx").toString());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("找不到工作簿", "无此文件.xlsx");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        Cli.Run run = Cli.run("info");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--db");
    }

    private static Budget load(Path file) {
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            return db.budgets().load().orElseThrow();
        }
    }
}
