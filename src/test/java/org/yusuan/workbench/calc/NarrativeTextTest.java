package org.yusuan.workbench.calc;

import org.yusuan.workbench.calc.ledger.BudgetLedger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.calc.narrative.NarrativeTemplate;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.PriorYearItem;

/** 情况说明 written from the year's template: the sample reads as the booklet does. */
class NarrativeTextTest {

    private static List<ExplanationSection> sections;

    @BeforeAll
    static void render() {
        sections = render(SampleFixture.budget());
    }

    private static List<ExplanationSection> render(Budget budget) {
        return NarrativeText.render(budget, NarrativeCalculator.compute(budget, new BudgetLedger(budget, SampleFixture.CHART)));
    }

    @Test
    void hasTheTwelveSectionsOfTheBooklet() {
        assertThat(sections).extracting(ExplanationSection::title).hasSize(12)
                .startsWith("一、部门预算收支数据变动情况及原因", "二、收入预算情况说明")
                .endsWith("十一、国有资产占有使用情况", "十二、其他说明");
    }

    @Test
    void incomeSectionReadsExactlyAsPublished() {
        assertThat(sections.get(1).paragraphs()).containsExactly("2023年度预算收入9,890.04万元，主要包括一般公共预算拨款收入"
                + "9,367.60万元，占94.72%；政府性基金预算拨款收入0.00万元，占0.00%；国有资本经营预算拨款收入0.00万元，占0.00%；"
                + "财政专户管理资金收入0.00万元，占0.00%；单位资金0.00万元，占0.00%；上年结转522.45万元，占5.28%。");
    }

    @Test
    void threePublicSectionWeavesFiguresChangesAndTheAccountantsReasons() {
        assertThat(sections.get(6).paragraphs()).containsExactly(
                "2023年财政拨款安排的“三公”经费预算123.00万元，比2022年同口径增加27.60万元，主要原因是2022年末预算公务用车购置费。",
                "其中：因公出国（境）费0.00万元与上年预算数相同；公务接待费0.00万元与上年预算数相同；公务用车运行维护费93.00万元"
                        + "与上年相比预算数减少2.40万元；公务用车购置费30.00万元与上年相比预算数增加30.00万元，主要原因是2022年末预算公务用车购置费。");
    }

    @Test
    void theStructurePieHasItsPlace() {
        assertThat(sections.get(4).paragraphs()).contains("{{chart:generalPublicStructure}}")
                .contains("2023年度一般公共预算当年拨款9,367.60万元，比上年增加863.96万元，增加10.16%。");
    }

    @Test
    void withoutPriorYearFiguresTheComparisonsAreLeftOutNotInvented() {
        Budget sample = SampleFixture.budget();
        Budget noPrior = new Budget(sample.department(), sample.units(), sample.staffing(), sample.basicLines(),
                sample.projects(), sample.forms(), Map.<PriorYearItem, Yuan>of(), sample.stateAssets(), Map.of());
        List<ExplanationSection> text = render(noPrior);
        assertThat(text.get(0).paragraphs().get(0)).doesNotContain("比上年").doesNotContain("主要原因")
                .startsWith("2023年度预算收入总计9,890.04万元，其中：本年收入9,367.60万元，上年结转522.45万元；");
        assertThat(text.get(7).paragraphs().get(0)).isEqualTo("2023年机关运行经费财政拨款预算1,401.13万元。");
        assertThat(text.get(11).paragraphs()).containsExactly("（一）政府购买服务指导性目录", "无。", "（二）其他", "无。");
    }

    @Test
    void optionalPartsNestAndDropWhenAFigureIsMissing() {
        String template = "A${a}[[B${b}[[C${c}]]]]D";
        assertThat(NarrativeTemplate.fill(template, Map.of("a", "1", "b", "2", "c", "3"))).isEqualTo("A1B2C3D");
        assertThat(NarrativeTemplate.fill(template, Map.of("a", "1", "b", "2"))).isEqualTo("A1B2D");
        assertThat(NarrativeTemplate.fill(template, Map.of("a", "1", "c", "3"))).isEqualTo("A1D");
        assertThat(NarrativeTemplate.fill("${x}", Map.of())).isEqualTo("（未填写）");
        assertThat(NarrativeTemplate.fill("[[${x}]]", Map.of("x", "长上财行[2022]7号"))).isEqualTo("长上财行[2022]7号");
    }

    @Test
    void stateAssetsSectionReadsExactlyAsBefore() {
        assertThat(sections.get(10).paragraphs()).containsExactly("1、车辆情况：", "我部门现有车辆128辆，价值1,549.59万元。",
                "2、房屋情况：", "我部门房屋面积27117.86平方米，价值11,057.50万元。其中：办公用房面积4400.00平方米，价值751.10万元；"
                        + "业务用房面积22717.86平方米，价值10,306.40万元。",
                "3、其他国有资产占有使用情况：", "我部门其他国有资产占有使用情况：土地、房屋及构筑物净值56.04万元，设备账面净值1,436.39万元，"
                        + "文物和陈列品净值0.68万元，图书、档案净值1.90万元，家具、用具、装具及动植物净值250.01万元，无形资产净值43.66万元。");
    }
}
