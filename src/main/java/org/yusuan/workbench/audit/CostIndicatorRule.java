package org.yusuan.workbench.audit;

import java.util.List;
import org.yusuan.workbench.audit.IndicatorSkeleton.Group;

/**
 * A project form states what the output costs (成本指标): the framework expects it, and without it
 * the money cannot be set against the output. The reference form 21 (长财政法[2022]57号…公安办案和
 * 自采装备, 835.00万元) prints an empty 成本指标 row.
 */
final class CostIndicatorRule implements AuditRule {

    @Override
    public String id() {
        return "I.cost";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "缺少成本指标";
    }

    @Override
    public String description() {
        return "项目绩效目标表应填写成本指标（传统框架：产出指标—成本指标；2021 框架：一级成本指标下的经济/社会/生态环境成本指标）。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        Group cost = IndicatorSkeleton.costGroup(context.budget().department().framework());
        return context.budget().forms().stream()
                .filter(f -> !f.isDepartmentWide() && !cost.filledIn(f))
                .map(f -> finding(context.formLabel(f.projectCode()) + "没有成本指标（" + cost.label()
                        + " 一栏为空）。请填写单位成本或总成本，如“≤…元”。", RecordRef.form(f.projectCode())))
                .toList();
    }
}
