package org.yusuan.workbench.audit;

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
    public String title() {
        return "指标中词语重复";
    }

    @Override
    public String description() {
        return "三级指标名称或指标值中同一词语连写两次（如“提高提高”“满足满足”），多为复制粘贴失误，会原样印在公开的绩效目标表上。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        IndicatorRef.all(context).forEach(ir -> {
            Set<String> where = new LinkedHashSet<>();
            Set<String> words = new LinkedHashSet<>();
            for (String word : TextRepeats.in(ir.indicator().name())) {
                where.add("三级指标名称");
                words.add(word);
            }
            IndicatorValue.doubledWord(ir.indicator().valueImplementation()).ifPresent(w -> {
                where.add("实施期指标值「" + ir.indicator().valueImplementation().strip() + "」");
                words.add(w);
            });
            IndicatorValue.doubledWord(ir.indicator().valueYear()).ifPresent(w -> {
                where.add("年度指标值「" + ir.indicator().valueYear().strip() + "」");
                words.add(w);
            });
            if (!where.isEmpty()) {
                findings.add(finding(ir.describe(context) + "的" + String.join("、", where) + "中词语「"
                        + String.join("、", words) + "」重复了一遍。", ir.ref()));
            }
        });
        return findings;
    }
}
