package org.yusuan.workbench.audit;

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
    public String title() {
        return "必填二级指标为空";
    }

    @Override
    public String description() {
        return "项目绩效目标表按指标框架必须填写的二级指标：产出指标下数量、质量、时效指标；效益指标下至少一项；"
                + "满意度指标下服务对象满意度指标。（成本指标见 I.cost。）";
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
                findings.add(finding(context.formLabel(form.projectCode()) + "缺少必填的二级指标：" + String.join("；", missing)
                        + "。", RecordRef.form(form.projectCode())));
            }
        }
        return findings;
    }
}
