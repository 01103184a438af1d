package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.classification.Classification;

/**
 * A government economic 款 entered on a basic line that differs from what the mapping gives for the
 * unit's type. Sometimes right (the reference pays staff of a 行政 department through 事业运行 on
 * 50501), often a slip; table 6 prints it, so the reviewer should see it.
 */
final class GovernmentOverrideRule implements AuditRule {

    @Override
    public String id() {
        return "O.government";
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
            Optional<BudgetUnit> unit = context.budget().unit(line.unitCode());
            Optional<String> mapped = unit.flatMap(u -> context.chart()
                    .governmentCodeFor(u.type().mappingCategory(), line.departmentalEconomicCode()));
            if (line.governmentOverride().isPresent() && mapped.isPresent()
                    && !mapped.get().equals(line.governmentEconomicOverride())) {
                findings.add(finding(TEXTS.get("rule.O.government.message", Integer.toString(i + 1),
                        context.unitName(line.unitCode()), line.departmentalEconomicCode(),
                        name(context, Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode()),
                        line.amount().format(), line.governmentEconomicOverride(),
                        name(context, Classification.GOVERNMENT_ECONOMIC, line.governmentEconomicOverride()),
                        TEXTS.get("unitCategory." + unit.get().type().mappingCategory().name()), mapped.get(),
                        name(context, Classification.GOVERNMENT_ECONOMIC, mapped.get())),
                        RecordRef.basicLine(line.unitCode(), line.id(), i + 1)));
            }
        }
        return findings;
    }

    private static String name(AuditContext context, Classification classification, String code) {
        return context.chart().nameOf(classification, code);
    }
}
