package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;

/**
 * Every 功能 and 经济 code on every line exists in the year's catalog. Import checks this, but a
 * line imported earlier may reference a code that a later official catalog no longer has (codes are
 * revised in-year), and the tables would then print the bare code instead of a name.
 */
final class CodesInCatalogRule implements AuditRule {

    @Override
    public String id() {
        return "C.unknown";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ChartOfAccounts chart = context.chart();
        List<Finding> findings = new ArrayList<>();
        List<BasicExpenditureLine> basic = context.budget().basicLines();
        for (int i = 0; i < basic.size(); i++) {
            BasicExpenditureLine line = basic.get(i);
            RecordRef ref = RecordRef.basicLine(line.unitCode(), line.id(), i + 1);
            String where = context.basicLineLabel(i + 1, line.unitCode(), line.amount());
            check(chart, Classification.FUNCTIONAL, line.functionCode(), where, ref, findings);
            check(chart, Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode(), where, ref, findings);
            check(chart, Classification.GOVERNMENT_ECONOMIC, line.governmentEconomicOverride(), where, ref, findings);
        }
        for (Project project : context.budget().projects()) {
            List<ProjectLine> lines = project.lines();
            for (int i = 0; i < lines.size(); i++) {
                ProjectLine line = lines.get(i);
                RecordRef ref = RecordRef.projectLine(project.unitCode(), project.code(), i + 1);
                String where = TEXTS.get("label.projectLine", context.projectLabel(project), Integer.toString(i + 1));
                check(chart, Classification.FUNCTIONAL, line.functionCode(), where, ref, findings);
                check(chart, Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode(), where, ref, findings);
            }
        }
        return findings;
    }

    private void check(ChartOfAccounts chart, Classification classification, String code, String where, RecordRef ref,
                       List<Finding> findings) {
        if (code != null && !chart.contains(classification, code)) {
            findings.add(finding(TEXTS.get("rule.C.unknown.message", where,
                    TEXTS.get("classification." + classification.name()), code), ref));
        }
    }
}
