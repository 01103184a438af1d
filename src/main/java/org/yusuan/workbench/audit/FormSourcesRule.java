package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * The funding levels of a form (中央 + 省级 + 市县 + 单位自筹 + 其他) add up to its total, for the
 * implementation period and for the year: the split is what the finance bureau reconciles against
 * transfers, so parts that do not add up are an entry fault.
 */
final class FormSourcesRule implements AuditRule {

    @Override
    public String id() {
        return "F.sources";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PerformanceForm form : context.budget().forms()) {
            check(context, form, TEXTS.get("period.implementation"), form.implementationFunds(), findings);
            check(context, form, TEXTS.get("period.year"), form.yearFunds(), findings);
        }
        return findings;
    }

    private void check(AuditContext context, PerformanceForm form, String period, FormFunds funds,
                       List<Finding> findings) {
        Yuan parts = funds.sumOfParts();
        // An entirely blank block is reported by F.total (年度); a blank 实施期 is allowed for one-year projects.
        Yuan total = funds.total() == null ? Yuan.ZERO : funds.total();
        if (funds.total() == null && parts.isZero()) {
            return;
        }
        if (!parts.equals(total)) {
            findings.add(finding(TEXTS.get("rule.F.sources.message", context.formLabel(form.projectCode()), period,
                    parts.format(), total.format(), parts.minus(total).format()), RecordRef.form(form.projectCode())));
        }
    }
}
