package org.yusuan.workbench.audit;

import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/** An indicator with its form and 1-based position, for messages and references. */
record IndicatorRef(PerformanceForm form, Indicator indicator, int index) {

    RecordRef ref() {
        return RecordRef.indicator(form.projectCode(), index);
    }

    /** "「购置警用摩托车」的绩效目标表 第 5 个指标（效益指标—社会效益指标「…」）". */
    String describe(AuditContext context) {
        // The levels and the name are the form's own words (the framework's and the accountant's).
        return AuditTexts.TEXTS.get("label.indicator", context.formLabel(form.projectCode()), Integer.toString(index),
                indicator.level1(), indicator.level2(), indicator.name());
    }

    static java.util.stream.Stream<IndicatorRef> all(AuditContext context) {
        return context.budget().forms().stream().flatMap(f -> java.util.stream.IntStream
                .range(0, f.indicators().size()).mapToObj(i -> new IndicatorRef(f, f.indicators().get(i), i + 1)));
    }
}
