package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.performance.FormTexts;

/**
 * Staff counted in a form's text against the staffing: checks_narrative.csv N0.1, the reference's
 * overtime and duty-allowance forms pay 公务员183人 + 事业人员78人 = 261 persons, 219 在职.
 */
class StaffCountRuleTest {

    private static TinyBudget withOverview(String overview) {
        TinyBudget b = new TinyBudget();   // staffing 20 编制, 18 在职
        FormTexts t = b.texts;
        b.texts = new FormTexts(overview, t.basis(), t.necessity(), t.safeguards(), t.plan(), t.goalImplementation(),
                t.goalYear(), t.personInCharge(), t.handler(), t.phone(), t.filledOn());
        return b;
    }

    private static List<Finding> staffCounts(TinyBudget b) {
        return Audit.standard().run(b.build(), SampleFixture.CHART).ofRule("X.staff-count");
    }

    @Test
    void theReferencesAllowanceFormsCountMorePersonsThanAreInPost() {
        List<Finding> found = Audit.standard().run(SampleFixture.budget(), SampleFixture.CHART).ofRule("X.staff-count");

        assertThat(found).extracting(Finding::ref)
                .containsExactly(RecordRef.form("012001-009"), RecordRef.form("012001-010"));
        assertThat(found).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.message()).contains("公务员183人", "事业人员78人", "261人", "219人");
        });
    }

    @Test
    void personsWithinTheStaffingAreFine() {
        assertThat(staffCounts(withOverview("用于支付加班补助，公务员：共15人，事业人员3人。"))).isEmpty();
    }

    @Test
    void personsBeyondTheStaffingAreANotice() {
        assertThat(staffCounts(withOverview("用于支付加班补助，公务员：共15人，事业人员5人。"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("20人", "18人"));
    }

    @Test
    void otherCountsArePeopleOutsideTheStaffAndAreNotCompared() {
        // 辅警 are not on the staff; 人次 and 元/人 are not headcounts; 群众 are those served.
        assertThat(staffCounts(withOverview("辅警工勤30人，培训民警200人次，标准710元/人，服务群众5000人。"))).isEmpty();
    }

    @Test
    void withoutStaffingThereIsNothingToCompare() {
        TinyBudget b = withOverview("公务员共150人。");
        b.staffing = List.of();

        assertThat(staffCounts(b)).isEmpty();
    }
}
