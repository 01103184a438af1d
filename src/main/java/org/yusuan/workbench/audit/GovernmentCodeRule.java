package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.BudgetUnit;

/**
 * Every basic line has a government economic 款: table 6 prints it beside the departmental 款, and
 * the finance bureau's system requires it. It comes from the mapping for the unit's type unless
 * overridden; a departmental 款 the mapping lacks and no override leaves the line without one.
 */
final class GovernmentCodeRule implements AuditRule {

    @Override
    public String id() {
        return "C.government";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String title() {
        return "缺少政府经济科目";
    }

    @Override
    public String description() {
        return "每一行基本支出都要有政府预算支出经济分类款：按单位类型的对应关系得出，或由会计指定；两者都没有时表6 无法列示。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        List<BasicExpenditureLine> lines = context.budget().basicLines();
        for (int i = 0; i < lines.size(); i++) {
            BasicExpenditureLine line = lines.get(i);
            Optional<BudgetUnit> unit = context.budget().unit(line.unitCode());
            boolean mapped = unit.flatMap(u -> context.chart().governmentCodeFor(u.type().mappingCategory(),
                    line.departmentalEconomicCode())).isPresent();
            if (line.governmentOverride().isEmpty() && !mapped) {
                String category = unit.map(u -> u.type().mappingCategory().label()).orElse("?");
                findings.add(finding("基本支出第 " + (i + 1) + " 行（" + context.unitName(line.unitCode()) + "，部门经济科目 "
                        + line.departmentalEconomicCode() + "，" + line.amount().format() + "元）没有政府经济科目："
                        + "「" + category + "」单位的对应关系中没有该科目，也未指定。请指定政府经济科目。",
                        RecordRef.basicLine(line.unitCode(), line.id(), i + 1)));
            }
        }
        return findings;
    }
}
