package org.yusuan.workbench.audit;

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
    public String title() {
        return "科目不在目录中";
    }

    @Override
    public String description() {
        return "每一行基本支出和项目明细的功能科目、部门经济科目、政府经济科目（如有指定）都必须在本年度科目目录中。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ChartOfAccounts chart = context.chart();
        List<Finding> findings = new ArrayList<>();
        List<BasicExpenditureLine> basic = context.budget().basicLines();
        for (int i = 0; i < basic.size(); i++) {
            BasicExpenditureLine line = basic.get(i);
            RecordRef ref = RecordRef.basicLine(line.unitCode(), line.id(), i + 1);
            String where = "基本支出第 " + (i + 1) + " 行（" + context.unitName(line.unitCode()) + "，"
                    + line.amount().format() + "元）";
            check(chart, Classification.FUNCTIONAL, line.functionCode(), where, ref, findings);
            check(chart, Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode(), where, ref, findings);
            check(chart, Classification.GOVERNMENT_ECONOMIC, line.governmentEconomicOverride(), where, ref, findings);
        }
        for (Project project : context.budget().projects()) {
            List<ProjectLine> lines = project.lines();
            for (int i = 0; i < lines.size(); i++) {
                ProjectLine line = lines.get(i);
                RecordRef ref = RecordRef.projectLine(project.unitCode(), project.code(), i + 1);
                String where = context.projectLabel(project) + "明细第 " + (i + 1) + " 行";
                check(chart, Classification.FUNCTIONAL, line.functionCode(), where, ref, findings);
                check(chart, Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode(), where, ref, findings);
            }
        }
        return findings;
    }

    private void check(ChartOfAccounts chart, Classification classification, String code, String where, RecordRef ref,
                       List<Finding> findings) {
        if (code != null && !chart.contains(classification, code)) {
            findings.add(finding(where + "的" + classification.label() + "科目「" + code + "」不在本年度科目目录中，"
                    + "可能已被撤销或改号；请改用目录中的科目。", ref));
        }
    }
}
