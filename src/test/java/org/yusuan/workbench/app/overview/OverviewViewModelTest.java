package org.yusuan.workbench.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;

/** 概况's units: staffing that was not entered is not shown as a unit without staff. */
class OverviewViewModelTest {

    @Test
    void aUnitWithoutStaffingRowsIsNotShownAsHavingNoStaff() {
        OverviewViewModel model = new OverviewViewModel();
        model.show(SampleFixture.budget());

        // The sample enters staffing for 012001 only (the booklet gives the department's total).
        assertThat(model.units()).extracting(UnitRow::code, UnitRow::staffingEntered, UnitRow::authorized)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("012001", true, 244),
                        org.assertj.core.groups.Tuple.tuple("012002", false, 0),
                        org.assertj.core.groups.Tuple.tuple("012003", false, 0));
    }
}
