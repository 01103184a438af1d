package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;

/**
 * The audit of the shipped sample (the reference booklet's data) finds the reference's real faults,
 * as listed in checks_forms.csv and the sample README, and nothing else of weight.
 */
class SampleAuditTest {

    private static AuditReport report;

    @BeforeAll
    static void audit() {
        report = Audit.standard().run(SampleFixture.budget(), SampleFixture.CHART);
    }

    @Test
    void theOnlyErrorIsTheMissingFormOfTheTrafficAuxiliaryStaffProject() {
        // checks_forms.csv F.missing.492: 交警辅助人员劳务费及业务经费 (t12, 799.33万元) has no form. The other
        // FAIL rows are F21.cost (a WARNING here, below) and the 项目概况 arithmetic of 警务辅助人员…, which
        // is text, not data the audit reads.
        assertThat(report.of(Severity.ERROR)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("F.missing");
            assertThat(f.ref()).isEqualTo(RecordRef.project("012002", "012002-008"));
            assertThat(f.message()).contains("交警辅助人员劳务费及业务经费", "交通警察大队", "7,993,300.00元", "799.33万元");
        });
    }

    @Test
    void theDoubledIndicatorValuesOfTheReferenceAreWarningsOnTheirIndicators() {
        // 购置警用摩托车: 时效指标 提高提高; 智慧交通指挥应用平台使用费: 满足满足 and twice 提高提高.
        assertThat(report.ofRule("I.doubled"))
                .extracting(f -> f.severity(), f -> f.ref())
                .containsExactly(
                        tuple(Severity.WARNING, RecordRef.indicator("012002-001", 3)),
                        tuple(Severity.WARNING, RecordRef.indicator("012002-004", 5)),
                        tuple(Severity.WARNING, RecordRef.indicator("012002-004", 9)),
                        tuple(Severity.WARNING, RecordRef.indicator("012002-004", 11)));
        assertThat(report.ofRule("I.doubled").get(0).message()).contains("购置警用摩托车", "提高提高");
        assertThat(report.ofRule("I.doubled").get(1).message()).contains("智慧交通指挥应用平台使用费", "满足满足");
    }

    @Test
    void form21sEmptyCostRowIsAWarning() {
        assertThat(report.ofRule("I.cost")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.ref()).isEqualTo(RecordRef.form("012001-006"));
            assertThat(f.message()).contains("长财政法[2022]57号", "成本指标");
        });
    }

    @Test
    void theWarningsAreExactlyTheDoubledValuesAndTheEmptyCostRow() {
        assertThat(report.of(Severity.WARNING)).extracting(Finding::ruleId)
                .containsExactly("I.cost", "I.doubled", "I.doubled", "I.doubled", "I.doubled");
    }

    @Test
    void noRoundingDifferenceIsAnErrorButEachTableWithOneExplainsIt() {
        assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("T."))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.NOTICE));
        assertThat(report.ofRule("T.rounding")).extracting(f -> f.ref().tableNumber())
                .containsExactly(1, 2, 3, 5, 6, 12);
        assertThat(report.ofRule("T.rounding").get(0).message())
                .contains("9,890.04", "9,367.60", "522.45", "0.01", "尾差不是错误");
    }

    @Test
    void theNoticesShowTheOverridesAndTheTextFaultsOfTheReference() {
        assertThat(report.ofRule("O.kind")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("30306", "救济费", "公用经费"));
        // The 事业 mapping (50501/50502) on lines of a 行政 unit, as table 6 of the reference prints them.
        assertThat(report.ofRule("O.government")).hasSize(9)
                .allSatisfy(f -> assertThat(f.message()).containsAnyOf("50501", "50502"));
        // Form 16 repeats one text in three captions; form 20 prints "<p>".
        assertThat(report.ofRule("X.copied")).singleElement()
                .satisfies(f -> assertThat(f.ref()).isEqualTo(RecordRef.form("012001-007")));
        assertThat(report.ofRule("X.markup")).singleElement()
                .satisfies(f -> assertThat(f.ref()).isEqualTo(RecordRef.form("012002-011")));
    }

    @Test
    void findingsComeErrorsFirst() {
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
    }
}
