package org.yusuan.workbench.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Converting a form between frameworks never loses an indicator, either way. */
class FrameworkConversionTest {

    private static final Indicator COUNT = new Indicator("产出指标", "数量指标", "保障人数", "183人", "183人");
    private static final Indicator COST = new Indicator("产出指标", "成本指标", "成本控制", "≤20万元", "≤20万元");
    private static final Indicator ODD_COST = new Indicator("效益指标", "成本指标", "单位成本", "710元/人", null);
    private static final Indicator SATISFACTION = new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "≥95%");

    private static PerformanceForm form(List<Indicator> indicators) {
        return new PerformanceForm(7, "012001-001", null, FormFunds.BLANK, FormFunds.BLANK, FormTexts.EMPTY, indicators);
    }

    @Test
    void traditionalTo2021MovesCostToLevelOneAndBackRestoresTheForm() {
        PerformanceForm traditional = form(List.of(COUNT, COST, ODD_COST, SATISFACTION));

        PerformanceForm guidance = FrameworkConversion.convert(traditional, IndicatorFramework.GUIDANCE_2021);
        assertThat(guidance.indicators()).hasSize(4);
        assertThat(guidance.indicators().get(1))
                .isEqualTo(new Indicator("成本指标", "经济成本指标", "成本控制", "≤20万元", "≤20万元"));
        // The reference's 成本指标 under 效益指标 is not the framework's cost branch: left where it is.
        assertThat(guidance.indicators().get(2)).isEqualTo(ODD_COST);
        assertThat(FrameworkConversion.movedCount(traditional, IndicatorFramework.GUIDANCE_2021)).isEqualTo(1);

        assertThat(FrameworkConversion.convert(guidance, IndicatorFramework.TRADITIONAL)).isEqualTo(traditional);
    }

    @Test
    void every2021CostIndicatorSurvivesTheWayBack() {
        Indicator social = new Indicator("成本指标", "社会成本指标", "占用道路", "≤3天", "≤3天");
        Indicator ecological = new Indicator("成本指标", "生态环境成本指标", "噪声", "符合", "符合");
        PerformanceForm guidance = form(List.of(COUNT, social, ecological, SATISFACTION));

        PerformanceForm traditional = FrameworkConversion.convert(guidance, IndicatorFramework.TRADITIONAL);

        assertThat(traditional.indicators()).extracting(Indicator::name)
                .containsExactly("保障人数", "占用道路", "噪声", "群众满意度");
        assertThat(traditional.indicators()).filteredOn(i -> i.level2().equals("成本指标")).hasSize(2)
                .allSatisfy(i -> assertThat(i.level1()).isEqualTo("产出指标"));
        PerformanceForm again = FrameworkConversion.convert(traditional, IndicatorFramework.GUIDANCE_2021);
        assertThat(again.indicators()).extracting(Indicator::name, Indicator::valueYear)
                .containsExactlyElementsOf(guidance.indicators().stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.name(), i.valueYear())).toList());
        assertThat(again.indicators()).filteredOn(i -> i.level1().equals("成本指标")).hasSize(2);
    }

    @Test
    void theLibraryFindsIndicatorsByNameOrUnitWithTheirMostCommonValue() {
        PerformanceForm a = form(List.of(SATISFACTION, COUNT));
        PerformanceForm b = form(List.of(new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥95%"),
                new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", null, "提高提高")));
        IndicatorLibrary library = IndicatorLibrary.of(List.of(a, b));

        assertThat(library.search("满意")).singleElement().satisfies(e -> {
            assertThat(e.typicalValue()).isEqualTo("≥95%");
            assertThat(e.unit()).isEqualTo("%");
            assertThat(e.uses()).isEqualTo(3);
        });
        assertThat(library.search("人")).extracting(IndicatorLibrary.Entry::name).containsExactly("保障人数");
        assertThat(library.search("不存在")).isEmpty();
    }
}
