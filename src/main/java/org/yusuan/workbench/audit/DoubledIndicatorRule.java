package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yusuan.workbench.domain.performance.IndicatorValue;

/**
 * A word written twice in an indicator's value or name ("提高提高", "满足满足"): the reference forms of
 * 购置警用摩托车 and 智慧交通指挥应用平台使用费 have them. The printed form then carries the slip.
 */
final class DoubledIndicatorRule implements AuditRule {

    @Override
    public String id() {
        return "I.doubled";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        IndicatorRef.all(context).forEach(ir -> {
            Set<String> where = new LinkedHashSet<>();
            Set<String> words = new LinkedHashSet<>();
            for (String word : TextRepeats.in(ir.indicator().name())) {
                where.add(TEXTS.get("rule.I.doubled.name"));
                words.add(word);
            }
            IndicatorValue.doubledWord(ir.indicator().valueImplementation()).ifPresent(w -> {
                where.add(TEXTS.get("rule.I.doubled.implementation", ir.indicator().valueImplementation().strip()));
                words.add(w);
            });
            IndicatorValue.doubledWord(ir.indicator().valueYear()).ifPresent(w -> {
                where.add(TEXTS.get("rule.I.doubled.year", ir.indicator().valueYear().strip()));
                words.add(w);
            });
            if (!where.isEmpty()) {
                String and = TEXTS.get("list.separator");
                findings.add(finding(TEXTS.get("rule.I.doubled.message", ir.describe(context), String.join(and, where),
                        String.join(and, words)), ir.ref()));
            }
        });
        return findings;
    }
}
