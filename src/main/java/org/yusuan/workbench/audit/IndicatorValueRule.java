package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.performance.IndicatorValue;
import org.yusuan.workbench.domain.performance.QualitativeWords;

/**
 * Indicator values are well formed: "比较符+数值+单位", a qualitative word or a period. Anything else
 * cannot be evaluated at year end (绩效自评), which is what the value is for. Whole-word doublings
 * are left to {@link DoubledIndicatorRule}, which names them more precisely.
 */
final class IndicatorValueRule implements AuditRule {

    private final QualitativeWords words;

    IndicatorValueRule(QualitativeWords words) {
        this.words = words;
    }

    @Override
    public String id() {
        return "I.value";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        IndicatorRef.all(context).forEach(ir -> {
            String implementation = ir.indicator().valueImplementation();
            String year = ir.indicator().valueYear();
            boolean same = implementation != null && implementation.strip().equals(year == null ? null : year.strip());
            check(context, ir, TEXTS.get(same ? "period.both" : "period.implementation"), implementation, findings);
            if (!same) {
                check(context, ir, TEXTS.get("period.year"), year, findings);
            }
        });
        return findings;
    }

    private void check(AuditContext context, IndicatorRef ir, String period, String text, List<Finding> findings) {
        if (text == null || text.isBlank()) {
            return;
        }
        IndicatorValue value = IndicatorValue.parse(text, words);
        if (value.isMalformed() && value.doubledWord().isEmpty()) {
            // The reason comes with the parse from domain.performance.IndicatorValue (Chinese only, for now).
            findings.add(finding(TEXTS.get("rule.I.value.message", ir.describe(context), period, value.text(),
                    value.reason()), ir.ref()));
        }
    }
}
