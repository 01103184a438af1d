package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

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
    public List<Finding> check(AuditContext context) {
        Group cost = IndicatorSkeleton.costGroup(context.budget().department().framework());
        return context.budget().forms().stream()
                .filter(f -> !f.isDepartmentWide() && !cost.filledIn(f))
                .map(f -> finding(TEXTS.get("rule.I.cost.message", context.formLabel(f.projectCode()), cost.label()),
                        RecordRef.form(f.projectCode())))
                .toList();
    }
}
