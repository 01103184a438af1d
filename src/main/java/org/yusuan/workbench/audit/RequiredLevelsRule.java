package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.audit.IndicatorSkeleton.Group;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * Each required 二级 of the department's framework has at least one indicator: 产出 by 数量, 质量,
 * 时效; 效益 by at least one of 经济/社会/生态/可持续影响; 满意度 by 服务对象满意度. (成本 is
 * {@link CostIndicatorRule}.) A missing 二级 makes the target incomplete for the finance bureau's review.
 */
final class RequiredLevelsRule implements AuditRule {

    @Override
    public String id() {
        return "I.levels";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Group> required = IndicatorSkeleton.required(context.budget().department().framework());
        List<Finding> findings = new ArrayList<>();
        for (PerformanceForm form : context.budget().forms()) {
            if (form.isDepartmentWide()) {
                continue;
            }
            List<String> missing = required.stream().filter(g -> !g.cost() && !g.filledIn(form)).map(Group::label).toList();
            if (!missing.isEmpty()) {
                findings.add(finding(TEXTS.get("rule.I.levels.message", context.formLabel(form.projectCode()),
                        String.join(TEXTS.get("rule.I.levels.separator"), missing)), RecordRef.form(form.projectCode())));
            }
        }
        return findings;
    }
}
