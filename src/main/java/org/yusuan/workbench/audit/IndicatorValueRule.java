package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.performance.IndicatorValue;

/**
 * Indicator values are well formed: "比较符+数值+单位", a qualitative word or a period. Anything else
 * cannot be evaluated at year end (绩效自评), which is what the value is for. Whole-word doublings
 * are left to {@link DoubledIndicatorRule}, which names them more precisely.
 */
final class IndicatorValueRule implements AuditRule {

    @Override
    public String id() {
        return "I.value";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "指标值格式不规范";
    }

    @Override
    public String description() {
        return "三级指标的指标值应为“比较符+数值+计量单位”（如 ≥95%、183人、≤2008440元）、定性词语（如 提高、保障）"
                + "或时间段（如 2023年1月-12月），否则年终无法对照评价。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        IndicatorRef.all(context).forEach(ir -> {
            String implementation = ir.indicator().valueImplementation();
            String year = ir.indicator().valueYear();
            boolean same = implementation != null && implementation.strip().equals(year == null ? null : year.strip());
            check(context, ir, same ? "实施期和年度" : "实施期", implementation, findings);
            if (!same) {
                check(context, ir, "年度", year, findings);
            }
        });
        return findings;
    }

    private void check(AuditContext context, IndicatorRef ir, String period, String text, List<Finding> findings) {
        if (text == null || text.isBlank()) {
            return;
        }
        IndicatorValue value = IndicatorValue.parse(text);
        if (value.isMalformed() && value.doubledWord().isEmpty()) {
            findings.add(finding(ir.describe(context) + "的" + period + "指标值「" + value.text() + "」不规范："
                    + value.reason() + "。", ir.ref()));
        }
    }
}
