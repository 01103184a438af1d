package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.audit.TinyBudget;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.store.BudgetDatabase;

/** {@code yusuan audit} through the real entry point, on real budget files. */
class AuditCommandTest {

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = YusuanCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleHasAnErrorTheMissingForm() {
        Path file = folder.resolve("sample");
        assertThat(run("sample", "--db", file.toString()).status()).isZero();

        Run audit = run("audit", "--db", file.toString());

        assertThat(audit.status()).isEqualTo(1);
        assertThat(audit.out()).contains("审核结果：错误 1 项，警告 5 项")
                .contains("【错误】1 项")
                .contains("1. 项目缺少绩效目标表（F.missing）\n   项目「交警辅助人员劳务费及业务经费」")
                .contains("位置：项目 012002-008（单位 012002）")
                .contains("【警告】5 项", "【提示】");
        assertThat(audit.out().indexOf("【错误】")).isLessThan(audit.out().indexOf("【警告】"));
    }

    @Test
    void eachFindingIsHeadedByItsRulesTitleInWords() {
        Path file = folder.resolve("sample");
        run("sample", "--db", file.toString());

        Run audit = run("audit", "--db", file.toString());

        // The same words as the workstation's audit list: the title first, the code after it for support.
        assertThat(audit.out()).contains("缺少成本指标（I.cost）", "指标中词语重复（I.doubled）", "印刷尾差（T.rounding）",
                "经费类型与科目默认不同（O.kind）", "政府经济科目与对应关系不同（O.government）");
        assertThat(audit.out().lines().filter(l -> l.matches("\\d+\\. \\[.*"))).as("no line starts with a bare code")
                .isEmpty();
    }

    @Test
    void csvHasOneRowPerFinding() {
        Path file = folder.resolve("sample");
        run("sample", "--db", file.toString());

        Run audit = run("audit", "--db", file.toString(), "--format", "csv");

        assertThat(audit.status()).isEqualTo(1);
        var lines = audit.out().lines().toList();
        assertThat(lines.get(0)).startsWith("严重程度,问题,规则,说明,位置");
        assertThat(lines.get(1)).startsWith("错误,项目缺少绩效目标表,F.missing,").contains(",PROJECT,012002,012002-008,");
    }

    @Test
    void aCleanBudgetExitsZero() {
        Path file = folder.resolve("clean");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            db.budgets().replace(new TinyBudget().build(), SampleFixture.CHART);
        }

        Run audit = run("audit", "--db", file.toString());

        assertThat(audit.status()).isZero();
        assertThat(audit.out()).contains("审核结果：错误 0 项，警告 0 项，提示 0 项");
    }

    @Test
    void aMissingFileIsAFileError() {
        Run audit = run("audit", "--db", folder.resolve("nothing").toString());

        assertThat(audit.status()).isEqualTo(3);
        assertThat(audit.err()).contains("找不到预算文件");
    }
}
