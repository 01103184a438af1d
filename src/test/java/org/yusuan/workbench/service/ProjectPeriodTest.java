package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.Procurement;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectAttribute;

/** Whether a 2023 project goes on in 2024, by the period texts in use. */
class ProjectPeriodTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "1年, ONE_OFF, ENDED",
            "1年, -, ENDED",
            "一年, CONTINUING, ENDED",
            "1年, RECURRING, CONTINUES",
            "3年, RECURRING, CHECK",
            "3年, CONTINUING, CHECK",
            "-, ONE_OFF, ENDED",
            "-, RECURRING, CONTINUES",
            "-, -, CHECK",
            "2023年, CONTINUING, ENDED",
            "2023年1月-12月, ONE_OFF, ENDED",
            "2021-2023年, CONTINUING, ENDED",
            "2023-2025, CONTINUING, CONTINUES",
            "2023年1月-2025年12月, ONE_OFF, CONTINUES",
            "长期, CONTINUING, CHECK",
            "10年, RECURRING, CHECK",
            "99999999999999999999年, CONTINUING, CHECK"})
    void readsThePeriod(String period, ProjectAttribute attribute, ProjectPeriod.Outcome expected) {
        Project project = new Project(0, "001-001", "001", "项目", null, attribute, period, FundYear.CURRENT,
                Procurement.NONE, null, List.of());

        assertThat(ProjectPeriod.of(project, 2023)).isEqualTo(expected);
    }
}
