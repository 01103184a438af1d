package org.yusuan.workbench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the fuzzing harness from rotting: a short run of each target must execute, classify and
 * see both imports and refusals (mutations that reach past the first check). Whether it finds
 * failures is the fuzzer's report, not this test's: FuzzRegressionTest holds what was found.
 */
class FuzzSmokeTest {

    private static final int EXECUTIONS = 50;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Target.class)
    void aShortRunExecutesAndClassifiesEveryInput(Target target) {
        Fuzzer.Report report = new Fuzzer(target, dir, 42, 30_000).run(EXECUTIONS, 300_000, null);

        assertThat(report.executions()).isEqualTo(EXECUTIONS);
        assertThat(report.verdicts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(EXECUTIONS);
        assertThat(report.verdicts().get(Outcome.Verdict.OK)).as("mutants that still import").isPositive();
        assertThat(report.verdicts().get(Outcome.Verdict.REFUSED)).as("mutants refused").isPositive();
        assertThat(report.dataChecks()).isPositive();
        assertThat(FuzzMain.summary(report)).contains("executions", "distinct failure signatures");
    }

    @Test
    void theSameSeedMutatesTheSameWay() {
        var seeds = Seeds.of(Target.CATALOG, dir.resolve("seeds"));
        var a = Mutator.mutate(seeds.get(0), seeds, new java.util.Random(7));
        var b = Mutator.mutate(seeds.get(0), seeds, new java.util.Random(7));

        assertThat(a.bytes()).isEqualTo(b.bytes());
        assertThat(a.origin()).isEqualTo(b.origin());
    }

    @Test
    void theMinimiserKeepsTheFailureAndDropsTheRest() {
        String csv = "分类,科目编码,科目名称\n" + "支出功能分类,201,一般公共服务支出\n".repeat(50) + "坏,BAD,x\n"
                + "支出功能分类,20101,人大事务\n".repeat(50);
        FuzzInput input = new FuzzInput(FuzzInput.Kind.CSV, csv.getBytes(StandardCharsets.UTF_8), "test");

        FuzzInput small = new Minimiser(c -> new String(c.bytes(), StandardCharsets.UTF_8).contains("BAD"), 500, 60_000)
                .minimise(input);

        assertThat(new String(small.bytes(), StandardCharsets.UTF_8)).isEqualTo("坏,BAD,x\n");
    }

    @Test
    void aReasonMustBeChineseOutsideTheQuotedValue() {
        assertThat(Harness.chinese("金额最多保留两位小数（到分）：「1.005」")).isTrue();
        assertThat(Harness.chinese("For input string: 「名名」")).isFalse();
        assertThat(Harness.chinese("无法读取：java.lang.NumberFormatException")).isFalse();
    }
}
