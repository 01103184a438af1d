package org.yusuan.workbench.domain.performance;

import java.util.List;

/**
 * Moves a form's cost indicators between the two frameworks: the traditional 产出指标 → 成本指标
 * and the 2021 guidance's 一级 成本指标 → 经济成本指标 / 社会成本指标 / 生态环境成本指标. Every indicator
 * is kept, in its place in the list, with its name and values; only its 一级/二级 change.
 *
 * <p>Going back to the traditional framework files all three 2021 成本 二级 under 产出指标 → 成本指标,
 * because the traditional skeleton has only that one; going to 2021, a traditional 成本指标 becomes an
 * 经济成本指标 (money, the usual content) and the accountant re-files a social or ecological one.
 */
public final class FrameworkConversion {

    static final String OUTPUT = "产出指标";
    static final String COST = "成本指标";
    static final String ECONOMIC_COST = "经济成本指标";
    static final List<String> COST_2021 = List.of(ECONOMIC_COST, "社会成本指标", "生态环境成本指标");

    private FrameworkConversion() {
    }

    /** The form with its indicators filed for {@code target}. */
    public static PerformanceForm convert(PerformanceForm form, IndicatorFramework target) {
        List<Indicator> moved = form.indicators().stream().map(i -> convert(i, target)).toList();
        return new PerformanceForm(form.id(), form.projectCode(), form.title(), form.implementationFunds(),
                form.yearFunds(), form.texts(), moved);
    }

    /** How many indicators the conversion to {@code target} would move (0: nothing to convert). */
    public static long movedCount(PerformanceForm form, IndicatorFramework target) {
        return form.indicators().stream().filter(i -> !convert(i, target).equals(i)).count();
    }

    static Indicator convert(Indicator i, IndicatorFramework target) {
        return switch (target) {
            case GUIDANCE_2021 -> OUTPUT.equals(i.level1()) && COST.equals(i.level2())
                    ? new Indicator(COST, ECONOMIC_COST, i.name(), i.valueImplementation(), i.valueYear()) : i;
            case TRADITIONAL -> COST.equals(i.level1()) && COST_2021.contains(i.level2())
                    ? new Indicator(OUTPUT, COST, i.name(), i.valueImplementation(), i.valueYear()) : i;
        };
    }
}
