package org.yusuan.workbench.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.audit.IndicatorSkeleton.Group;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.IndicatorValue;

/**
 * A cost indicator in 元 or 万元 ("≤2008440元", "≤20万元") does not exceed the money the form is for:
 * the year's value the project's budget, the implementation value the 实施期 total (or the budget).
 * Exceeding it usually means 元 typed for 万元 or a figure of another project. Rates ("710元/人")
 * cannot be compared and are left alone.
 */
final class CostAboveAmountRule implements AuditRule {

    @Override
    public String id() {
        return "I.cost-amount";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "成本指标超过项目资金";
    }

    @Override
    public String description() {
        return "以元或万元表示的成本指标（如 ≤2008440元）不应超过对应资金：年度指标值对项目预算，实施期指标值对实施期资金总额。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        Group cost = IndicatorSkeleton.costGroup(context.budget().department().framework());
        List<Finding> findings = new ArrayList<>();
        IndicatorRef.all(context)
                .filter(ir -> cost.covers(ir.indicator().level1(), ir.indicator().level2()))
                .forEach(ir -> {
                    Optional<Project> project = context.project(ir.form().projectCode());
                    if (project.isEmpty()) {
                        return;
                    }
                    Yuan year = project.get().total();
                    Yuan implementation = Optional.ofNullable(ir.form().implementationFunds().total()).orElse(year);
                    check(context, ir, "实施期", ir.indicator().valueImplementation(), implementation, "实施期资金总额", findings);
                    check(context, ir, "年度", ir.indicator().valueYear(), year, "项目预算", findings);
                });
        return findings;
    }

    private void check(AuditContext context, IndicatorRef ir, String period, String text, Yuan limit, String limitName,
                       List<Finding> findings) {
        if (text == null || text.isBlank()) {
            return;
        }
        Optional<BigDecimal> amount = IndicatorValue.parse(text).amountInYuan();
        if (amount.isPresent() && amount.get().compareTo(limit.toBigDecimal()) > 0) {
            findings.add(finding(ir.describe(context) + "的" + period + "成本指标「" + text.strip() + "」超过" + limitName + " "
                    + limit.format() + "元；请检查单位（元/万元）或金额。", ir.ref()));
        }
    }
}
