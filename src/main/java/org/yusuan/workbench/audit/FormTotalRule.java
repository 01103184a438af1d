package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

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
                findings.add(finding(TEXTS.get("rule.F.total.blank", context.formLabel(form.projectCode()), budget.format()),
                        RecordRef.form(form.projectCode())));
            } else if (!total.equals(budget)) {
                findings.add(finding(TEXTS.get("rule.F.total.message", context.formLabel(form.projectCode()),
                        total.format(), budget.format(), total.minus(budget).format()),
                        RecordRef.form(form.projectCode())));
            }
        }
        return findings;
    }
}
