package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.List;
import org.yusuan.workbench.domain.budget.FundYear;

/**
 * Every current-year project has a performance target form (项目支出绩效目标申报表): budgets are
 * approved only with targets (全面实施预算绩效管理), and the booklet prints one form per project. The
 * reference budget lacks the form of 交警辅助人员劳务费及业务经费 (799.33万元) although its narrative
 * says all 23 projects have targets.
 */
final class MissingFormRule implements AuditRule {

    @Override
    public String id() {
        return "F.missing";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return context.budget().projects().stream()
                .filter(p -> p.fundYear() == FundYear.CURRENT)
                .filter(p -> context.budget().formOf(p.code()).isEmpty())
                .map(p -> finding(TEXTS.get("rule.F.missing.message", context.projectLabel(p), p.total().format(),
                        p.total().toWanYuan().grouped()),
                        RecordRef.project(p.unitCode(), p.code())))
                .toList();
    }
}
