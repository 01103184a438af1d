package org.yusuan.workbench.audit;

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
    public String title() {
        return "资金来源之和不等于资金总额";
    }

    @Override
    public String description() {
        return "绩效目标表的实施期资金和年度资金：中央、省级、市县、单位自筹、其他之和必须等于资金总额（空白按 0）。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PerformanceForm form : context.budget().forms()) {
            check(context, form, "实施期", form.implementationFunds(), findings);
            check(context, form, "年度", form.yearFunds(), findings);
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
            findings.add(finding(context.formLabel(form.projectCode()) + "：" + period + "资金 中央、省级、市县、单位自筹、其他之和 "
                    + parts.format() + "元 不等于" + period + "资金总额 " + total.format() + "元，相差 "
                    + parts.minus(total).format() + "元。", RecordRef.form(form.projectCode())));
        }
    }
}
