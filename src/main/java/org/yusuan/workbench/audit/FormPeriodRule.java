package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

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
    public List<Finding> check(AuditContext context) {
        return context.budget().forms().stream()
                .filter(f -> f.implementationFunds().total() != null && f.yearFunds().total() != null)
                .filter(f -> f.implementationFunds().total().compareTo(f.yearFunds().total()) < 0)
                .map(f -> finding(TEXTS.get("rule.F.period.message", context.formLabel(f.projectCode()),
                        f.implementationFunds().total().format(), f.yearFunds().total().format()),
                        RecordRef.form(f.projectCode())))
                .toList();
    }
}
