package org.yusuan.workbench.report.forms;

import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectAttribute;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * What a form's header block says about its subject. None of it is stored on the form: the title
 * is the form's own, but 主管部门及代码 comes from the department, 实施单位 from the project's unit,
 * 项目属性 and 项目期 from the project, so the printed form cannot disagree with the budget.
 *
 * @param nameLabel  项目名称, or 部门名称 on the department-wide form
 * @param attribute  null on the department-wide form, whose header has no 项目属性 / 项目期 row
 * @param fundsLabel the label of the funds block
 */
public record FormSubject(String title, String yearLine, String nameLabel, String name, String department,
                          String unit, String attribute, String period, String fundsLabel) {

    static final String PROJECT_TITLE = "项目支出绩效目标申报表";
    static final String DEPARTMENT_TITLE = "部门整体绩效目标申报表";

    public boolean departmentWide() {
        return attribute == null;
    }

    public static FormSubject of(Budget budget, PerformanceForm form) {
        Department department = budget.department();
        String departmentLine = department.code() + "-" + department.name();
        String yearLine = "(" + department.budgetYear() + "年度)";
        if (form.isDepartmentWide()) {
            return new FormSubject(titleOr(form, DEPARTMENT_TITLE), yearLine, "部门名称", department.name(),
                    departmentLine, department.name(), null, null, "部门资金（元）");
        }
        // The import refuses a form whose project is missing; a blank row is kinder than a crash.
        Project project = budget.project(form.projectCode()).orElse(null);
        if (project == null) {
            return new FormSubject(titleOr(form, PROJECT_TITLE), yearLine, "项目名称", form.projectCode(),
                    departmentLine, "", "", "", "项目资金（元）");
        }
        String unit = budget.unit(project.unitCode()).map(BudgetUnit::name).orElse(project.unitCode());
        ProjectAttribute attribute = project.attribute();
        return new FormSubject(titleOr(form, PROJECT_TITLE), yearLine, "项目名称", project.name(), departmentLine,
                unit, attribute == null ? "" : attribute.printed(), nullToBlank(project.period()), "项目资金（元）");
    }

    private static String titleOr(PerformanceForm form, String fallback) {
        return form.title() == null || form.title().isBlank() ? fallback : form.title().strip();
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text;
    }
}
