package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;

/**
 * Inputs of the narrative that are absent: the narrative leaves their sentences out, the audit says
 * why (a project without 项目类别; no 国有资产 at all).
 */
class NarrativeInputsTest {

    @Test
    void aProjectWithoutItsCategoryIsANoticeOnTheProject() {
        TinyBudget b = new TinyBudget();
        b.category = null;

        AuditReport report = Audit.standard().run(b.build(), SampleFixture.CHART);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("D.project-category");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.ref()).isEqualTo(RecordRef.project(TinyBudget.UNIT, TinyBudget.PROJECT));
            assertThat(f.message()).contains("执法办案经费", "项目类别");
        });
    }

    @Test
    void theSamplesProjectsAllHaveTheirCategory() {
        assertThat(Audit.standard().run(SampleFixture.budget(), SampleFixture.CHART).ofRule("D.project-category")).isEmpty();
    }

    @Test
    void noStateAssetsIsANoticeOnTheDepartment() {
        TinyBudget b = new TinyBudget();
        b.assets = java.util.List.of();

        AuditReport report = Audit.standard().run(b.build(), SampleFixture.CHART);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("D.assets");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.ref()).isEqualTo(RecordRef.department());
        });
    }
}
