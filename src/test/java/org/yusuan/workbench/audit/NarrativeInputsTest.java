package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;

/** A project without 项目类别: the narrative leaves its 项目类别 sentence out, the audit says why. */
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
}
