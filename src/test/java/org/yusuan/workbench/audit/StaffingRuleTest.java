package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.Staffing;

/** A budget without staffing: the booklet leaves the sentence out, the audit says why (提示). */
class StaffingRuleTest {

    @Test
    void noStaffingIsANoticeOnTheDepartment() {
        TinyBudget b = new TinyBudget();
        b.staffing = List.of();

        AuditReport report = Audit.standard().run(b.build(), SampleFixture.CHART);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("D.staffing");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.title()).isEqualTo("未录入人员编制");
            assertThat(f.ref()).isEqualTo(RecordRef.department());
        });
    }

    @Test
    void rowsLeftAtZeroAreNotStaffing() {
        TinyBudget b = new TinyBudget();
        b.staffing = List.of(new Staffing(TinyBudget.UNIT, StaffCategory.ADMINISTRATIVE, 0, 0));

        assertThat(Audit.standard().run(b.build(), SampleFixture.CHART).findings()).extracting(Finding::ruleId)
                .containsExactly("D.staffing");
    }

    @Test
    void theSampleHasItsStaffing() {
        assertThat(Audit.standard().run(SampleFixture.budget(), SampleFixture.CHART).findings())
                .extracting(Finding::ruleId).doesNotContain("D.staffing");
    }
}
