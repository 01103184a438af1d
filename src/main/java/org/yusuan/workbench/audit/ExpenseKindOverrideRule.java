package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.classification.Classification;

/**
 * A basic line counted as 人员经费 or 公用经费 against the default of its economic code (301/303 →
 * 人员, others → 公用). Allowed (the reference counts 救济费 30306 as 公用经费), but it moves money
 * between table 6's columns and the narrative's lists, so the reviewer should see it.
 */
final class ExpenseKindOverrideRule implements AuditRule {

    @Override
    public String id() {
        return "O.kind";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        List<BasicExpenditureLine> lines = context.budget().basicLines();
        for (int i = 0; i < lines.size(); i++) {
            BasicExpenditureLine line = lines.get(i);
            ExpenseKind standard = ExpenseKind.defaultFor(line.departmentalEconomicCode());
            if (line.expenseKindOverride() != null && line.expenseKindOverride() != standard) {
                findings.add(finding(TEXTS.get("rule.O.kind.message", Integer.toString(i + 1),
                        context.unitName(line.unitCode()), line.departmentalEconomicCode(),
                        context.chart().nameOf(Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode()),
                        line.amount().format(), TEXTS.get("expenseKind." + line.expenseKindOverride().name()),
                        TEXTS.get("expenseKind." + standard.name())), RecordRef.basicLine(line.unitCode(), line.id(), i + 1)));
            }
        }
        return findings;
    }
}
