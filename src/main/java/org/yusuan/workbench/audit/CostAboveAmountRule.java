package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.audit.IndicatorSkeleton.Group;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.IndicatorValue;
import org.yusuan.workbench.domain.performance.QualitativeWords;

/**
 * A cost indicator in 元 or 万元 ("≤2008440元", "≤20万元") does not exceed the money the form is for:
 * the year's value the project's budget, the implementation value the 实施期 total (or the budget).
 * Exceeding it usually means 元 typed for 万元 or a figure of another project. Every comparison
 * counts (≥ ＝ ≤ ＜ ＞, ASCII too): a figure above the money is flagged whatever its sign, and "＞X"
 * with X the money itself too, since a cost cannot be more than all the money. Rates ("710元/人")
 * cannot be compared and are left alone.
 */
final class CostAboveAmountRule implements AuditRule {

    private final QualitativeWords words;

    CostAboveAmountRule(QualitativeWords words) {
        this.words = words;
    }

    @Override
    public String id() {
        return "I.cost-amount";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
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
                    check(context, ir, TEXTS.get("period.implementation"), ir.indicator().valueImplementation(),
                            implementation, TEXTS.get("rule.I.cost-amount.implementationLimit"), findings);
                    check(context, ir, TEXTS.get("period.year"), ir.indicator().valueYear(), year,
                            TEXTS.get("rule.I.cost-amount.yearLimit"), findings);
                });
        return findings;
    }

    private void check(AuditContext context, IndicatorRef ir, String period, String text, Yuan limit, String limitName,
                       List<Finding> findings) {
        if (text == null || text.isBlank()) {
            return;
        }
        IndicatorValue value = IndicatorValue.parse(text, words);
        if (value.asksMoreThan(limit.toBigDecimal())) {
            // "＞X" at exactly the money is wrong for another reason than a figure above it: say which.
            boolean strictAtLimit = value.amountInYuan().orElseThrow().compareTo(limit.toBigDecimal()) == 0;
            findings.add(finding(TEXTS.get(strictAtLimit ? "rule.I.cost-amount.strictMessage" : "rule.I.cost-amount.message",
                    ir.describe(context), period, text.strip(), limitName, limit.format()), ir.ref()));
        }
    }
}
