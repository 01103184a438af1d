package org.yusuan.workbench.audit;

import java.util.List;

/**
 * The implementation period covers the budget year, so its funds are at least the year's. Less is
 * usually the two blocks swapped or the 实施期 typed for one year of several; a warning, since
 * forms of carried-over projects are sometimes filled differently.
 */
final class FormPeriodRule implements AuditRule {

    @Override
    public String id() {
        return "F.period";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "实施期资金少于年度资金";
    }

    @Override
    public String description() {
        return "实施期包含预算年度，实施期资金总额应不少于年度资金总额。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return context.budget().forms().stream()
                .filter(f -> f.implementationFunds().total() != null && f.yearFunds().total() != null)
                .filter(f -> f.implementationFunds().total().compareTo(f.yearFunds().total()) < 0)
                .map(f -> finding(context.formLabel(f.projectCode()) + "：实施期资金总额 "
                        + f.implementationFunds().total().format() + "元 少于年度资金总额 "
                        + f.yearFunds().total().format() + "元；实施期包含本年度，请检查两栏是否填反。",
                        RecordRef.form(f.projectCode())))
                .toList();
    }
}
