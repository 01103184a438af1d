package org.yusuan.workbench.audit;

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
    public String title() {
        return "经费类型与科目默认不同";
    }

    @Override
    public String description() {
        return "基本支出行指定的人员经费/公用经费与经济科目的默认归类（301、303 为人员经费，其余为公用经费）不同。允许，但影响表6 和情况说明。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        List<BasicExpenditureLine> lines = context.budget().basicLines();
        for (int i = 0; i < lines.size(); i++) {
            BasicExpenditureLine line = lines.get(i);
            ExpenseKind standard = ExpenseKind.defaultFor(line.departmentalEconomicCode());
            if (line.expenseKindOverride() != null && line.expenseKindOverride() != standard) {
                findings.add(finding("基本支出第 " + (i + 1) + " 行（" + context.unitName(line.unitCode()) + "，"
                        + line.departmentalEconomicCode() + " "
                        + context.chart().nameOf(Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode())
                        + "，" + line.amount().format() + "元）计入" + line.expenseKindOverride().label() + "，而该科目默认属于"
                        + standard.label() + "。请确认。", RecordRef.basicLine(line.unitCode(), line.id(), i + 1)));
            }
        }
        return findings;
    }
}
