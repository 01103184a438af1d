package org.yusuan.workbench.app.forms;

import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * One line of the form list: the 部门整体 form or a project's, filled in or not.
 *
 * @param projectCode null for the 部门整体绩效目标
 * @param form        null when not filled in (未填报)
 */
public record FormEntry(String projectCode, String name, PerformanceForm form) {

    public boolean isFilled() {
        return form != null;
    }

    public boolean isDepartmentWide() {
        return projectCode == null;
    }
}
