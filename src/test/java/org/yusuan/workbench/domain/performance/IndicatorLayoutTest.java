package org.yusuan.workbench.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one order of a form's indicators on the framework skeleton, with the spans the print uses. */
class IndicatorLayoutTest {

    private static final IndicatorSkeleton TRADITIONAL = IndicatorSkeleton.of(IndicatorFramework.TRADITIONAL);

    @Test
    void theTraditionalSkeletonIsThreeFirstLevelsWithNineSecondLevels() {
        assertThat(TRADITIONAL.branches()).extracting(IndicatorSkeleton.Branch::level1)
                .containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(TRADITIONAL.branches()).flatExtracting(IndicatorSkeleton.Branch::level2).containsExactly(
                "数量指标", "质量指标", "时效指标", "成本指标",
                "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
                "服务对象满意度指标");
        assertThat(IndicatorSkeleton.of(IndicatorFramework.GUIDANCE_2021).branches())
                .extracting(IndicatorSkeleton.Branch::level1).contains("成本指标");
    }

    @Test
    void withoutIndicatorsEverySecondLevelIsOneEmptyRow() {
        List<IndicatorLayout.Row> rows = IndicatorLayout.of(TRADITIONAL, List.of());

        assertThat(rows).hasSize(9).allSatisfy(r -> {
            assertThat(r.indicator()).isNull();
            assertThat(r.level2Span()).isEqualTo(1);
        });
        assertThat(rows).extracting(IndicatorLayout.Row::level1Span).containsExactly(4, 0, 0, 0, 4, 0, 0, 0, 1);
    }

    @Test
    void firstAndSecondLevelsSpanTheirIndicatorsAndEmptySecondLevelsKeepTheirRow() {
        // As form 1 of the reference: two 数量, one 时效, three 成本, none under 经济效益 / 生态效益.
        List<Indicator> indicators = List.of(
                indicator("产出指标", "数量指标", "发放人数甲"),
                indicator("产出指标", "成本指标", "标准甲"),
                indicator("产出指标", "数量指标", "发放人数乙"),
                indicator("产出指标", "时效指标", "发放时间"),
                indicator("产出指标", "成本指标", "标准乙"),
                indicator("产出指标", "成本指标", "标准丙"),
                indicator("效益指标", "社会效益指标", "积极性"),
                indicator("效益指标", "可持续影响指标", "长效机制"),
                indicator("满意度指标", "服务对象满意度指标", "满意度"));

        List<IndicatorLayout.Row> rows = IndicatorLayout.of(TRADITIONAL, indicators);

        assertThat(rows).extracting(IndicatorLayoutTest::describe).containsExactly(
                "产出指标/7 数量指标/2 发放人数甲",
                "- - 发放人数乙",
                "- 质量指标/1 (空)",
                "- 时效指标/1 发放时间",
                "- 成本指标/3 标准甲",
                "- - 标准乙",
                "- - 标准丙",
                "效益指标/4 经济效益指标/1 (空)",
                "- 社会效益指标/1 积极性",
                "- 生态效益指标/1 (空)",
                "- 可持续影响指标/1 长效机制",
                "满意度指标/1 服务对象满意度指标/1 满意度");
    }

    @Test
    void spansAddUpToTheRowsTheyCover() {
        List<IndicatorLayout.Row> rows = IndicatorLayout.of(TRADITIONAL, List.of(
                indicator("产出指标", "质量指标", "甲"), indicator("产出指标", "质量指标", "乙"),
                indicator("效益指标", "社会效益指标", "丙")));

        assertThat(rows.stream().mapToInt(IndicatorLayout.Row::level1Span).sum()).isEqualTo(rows.size());
        assertThat(rows.stream().mapToInt(IndicatorLayout.Row::level2Span).sum()).isEqualTo(rows.size());
    }

    @Test
    void anIndicatorOutsideTheSkeletonIsPrintedNotLost() {
        // The reference has 成本指标 filed under 效益指标, and a 2021-framework 一级 成本指标 could
        // appear in a traditional budget: both print, after what the skeleton knows.
        List<IndicatorLayout.Row> rows = IndicatorLayout.of(TRADITIONAL, List.of(
                indicator("成本指标", "经济成本指标", "总成本"),
                indicator("效益指标", "成本指标", "项目成本")));

        assertThat(rows).extracting(IndicatorLayoutTest::describe).containsExactly(
                "产出指标/4 数量指标/1 (空)",
                "- 质量指标/1 (空)",
                "- 时效指标/1 (空)",
                "- 成本指标/1 (空)",
                "效益指标/5 经济效益指标/1 (空)",
                "- 社会效益指标/1 (空)",
                "- 生态效益指标/1 (空)",
                "- 可持续影响指标/1 (空)",
                "- 成本指标/1 项目成本",
                "满意度指标/1 服务对象满意度指标/1 (空)",
                "成本指标/1 经济成本指标/1 总成本");
    }

    private static Indicator indicator(String level1, String level2, String name) {
        return new Indicator(level1, level2, name, "1", "1");
    }

    /** "一级/span 二级/span 名称", "-" for a covered cell, "(空)" for an empty row. */
    private static String describe(IndicatorLayout.Row row) {
        return (row.startsLevel1() ? row.level1() + "/" + row.level1Span() : "-") + " "
                + (row.startsLevel2() ? row.level2() + "/" + row.level2Span() : "-") + " "
                + (row.indicator() == null ? "(空)" : row.indicator().name());
    }
}
