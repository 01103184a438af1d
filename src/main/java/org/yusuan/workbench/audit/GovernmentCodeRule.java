package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

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
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        List<BasicExpenditureLine> lines = context.budget().basicLines();
        for (int i = 0; i < lines.size(); i++) {
            BasicExpenditureLine line = lines.get(i);
            Optional<BudgetUnit> unit = context.budget().unit(line.unitCode());
            boolean mapped = unit.flatMap(u -> context.chart().governmentCodeFor(u.type().mappingCategory(),
                    line.departmentalEconomicCode())).isPresent();
            if (line.governmentOverride().isEmpty() && !mapped) {
                String category = unit.map(u -> TEXTS.get("unitCategory." + u.type().mappingCategory().name())).orElse("?");
                findings.add(finding(TEXTS.get("rule.C.government.message", Integer.toString(i + 1),
                        context.unitName(line.unitCode()), line.departmentalEconomicCode(), line.amount().format(), category),
                        RecordRef.basicLine(line.unitCode(), line.id(), i + 1)));
            }
        }
        return findings;
    }
}
