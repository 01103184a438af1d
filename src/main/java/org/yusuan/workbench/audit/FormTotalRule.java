package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * 年度资金总额 on a project's form equals the project's budget in 元: the form is approved together
 * with the amount, and a form for a different sum sets targets for money the project does not get.
 */
final class FormTotalRule implements AuditRule {

    @Override
    public String id() {
        return "F.total";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String title() {
        return "年度资金总额与项目预算不符";
    }

    @Override
    public String description() {
        return "绩效目标表的年度资金总额必须等于项目预算（项目明细之和，按元精确比较）。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PerformanceForm form : context.budget().forms()) {
            if (form.isDepartmentWide()) {
                continue;
            }
            Project project = context.project(form.projectCode()).orElse(null);
            if (project == null) {
                continue;
            }
            Yuan total = form.yearFunds().total();
            Yuan budget = project.total();
            if (total == null) {
                findings.add(finding(context.formLabel(form.projectCode()) + "未填年度资金总额；项目预算为 "
                        + budget.format() + "元。", RecordRef.form(form.projectCode())));
            } else if (!total.equals(budget)) {
                findings.add(finding(context.formLabel(form.projectCode()) + "的年度资金总额 " + total.format()
                        + "元 与项目预算 " + budget.format() + "元 不符，相差 " + total.minus(budget).format() + "元。",
                        RecordRef.form(form.projectCode())));
            }
        }
        return findings;
    }
}
