package org.yusuan.workbench.domain.performance;

import java.util.List;
import java.util.Objects;

/**
 * 绩效目标申报表 of a project, or the department's 部门整体绩效目标 when {@code projectCode} is null.
 * 主管部门, 实施单位, 项目属性 and 项目期 are not stored here: they come from the department, the unit
 * and the project, so they cannot disagree with them.
 *
 * @param id database identity, 0 before the form is stored
 */
public record PerformanceForm(long id, String projectCode, String title,
                              FormFunds implementationFunds, FormFunds yearFunds,
                              FormTexts texts, List<Indicator> indicators) {

    public PerformanceForm {
        Objects.requireNonNull(implementationFunds, "implementationFunds");
        Objects.requireNonNull(yearFunds, "yearFunds");
        Objects.requireNonNull(texts, "texts");
        indicators = List.copyOf(indicators);
    }

    public boolean isDepartmentWide() {
        return projectCode == null;
    }
}
