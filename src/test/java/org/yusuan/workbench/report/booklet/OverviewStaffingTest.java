package org.yusuan.workbench.report.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.Staffing;

/** 概况's staffing sentence states entered headcounts, and is left out when none were entered. */
class OverviewStaffingTest {

    private static final BookletTemplate TEMPLATE = BookletTemplate.forYear(2023);

    @Test
    void theSamplesStaffingIsPrintedAsPublished() {
        assertThat(OverviewPart.staffing(TEMPLATE, SampleFixture.budget()))
                .contains("2. 人员编制情况：编制人员共244人,实有在职人数219人。");
    }

    @Test
    void withoutStaffingTheSentenceIsLeftOutNotPrintedAsZero() {
        Budget none = SampleFixture.budget().withStaffing(List.of());

        assertThat(OverviewPart.staffing(TEMPLATE, none)).isEmpty();
    }

    @Test
    void rowsLeftAtZeroAsANewRowStartsAreNotEnteredEither() {
        Budget blank = SampleFixture.budget().withStaffing(List.of(new Staffing("012001", StaffCategory.ADMINISTRATIVE, 0, 0)));

        assertThat(OverviewPart.staffing(TEMPLATE, blank)).isEmpty();
    }

    @Test
    void anEnteredZeroBesideAnotherFigureIsAFact() {
        Budget noPosts = SampleFixture.budget().withStaffing(List.of(new Staffing("012001", StaffCategory.ADMINISTRATIVE, 0, 3)));

        assertThat(OverviewPart.staffing(TEMPLATE, noPosts)).contains("2. 人员编制情况：编制人员共0人,实有在职人数3人。");
    }
}
