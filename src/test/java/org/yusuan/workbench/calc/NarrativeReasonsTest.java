package org.yusuan.workbench.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.narrative.NarrativeSection;

/**
 * The accountant's reasons join the template at sentence boundaries, whatever punctuation they end
 * with: never "…列入本年度预算。收入增加；", never "。。", never "主要原因是主要原因是".
 */
class NarrativeReasonsTest {

    private static List<ExplanationSection> render(NarrativeSection section, String reason) {
        Budget sample = SampleFixture.budget();
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        narrative.putAll(sample.narrative());
        narrative.put(section, reason);
        Budget budget = sample.withNarrative(narrative);
        return NarrativeText.render(budget, NarrativeCalculator.compute(budget, new BudgetLedger(budget, SampleFixture.CHART)));
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"新增项目列入本年度预算。", "新增项目列入本年度预算；", "新增项目列入本年度预算，",
            "新增项目列入本年度预算;", " 新增项目列入本年度预算。 "})
    void aReasonWrittenAsAClauseIsFollowedByTheTemplatesWordsAfterAComma(String reason) {
        String s1 = render(NarrativeSection.CHANGE_REASON, reason).get(0).paragraphs().get(0);

        assertThat(s1).contains("主要原因是新增项目列入本年度预算，收入增加；本年部门预算支出总计")
                .endsWith("主要原因是新增项目列入本年度预算，支出增加。");
    }

    @Test
    void aReasonWrittenAsAPhraseIsSplicedAsTheSampleIs() {
        String s1 = render(NarrativeSection.CHANGE_REASON, "新增执法装备等项目").get(0).paragraphs().get(0);

        assertThat(s1).contains("主要原因是新增执法装备等项目收入增加；").endsWith("主要原因是新增执法装备等项目支出增加。");
    }

    @ParameterizedTest(name = "「{0}」")
    @ValueSource(strings = {"办公费、其他商品服务费用等增加", "办公费、其他商品服务费用等增加。", "办公费、其他商品服务费用等增加；",
            "办公费、其他商品服务费用等增加，", "原因是办公费、其他商品服务费用等增加。"})
    void aReasonAtTheEndOfASentenceEndsItOnce(String reason) {
        String s8 = render(NarrativeSection.ADMINISTRATIVE_RUNNING_REASON, reason).get(7).paragraphs().get(0);

        assertThat(s8).isEqualTo("2023年机关运行经费财政拨款预算1,401.13万元，比2022年预算增加528.14万元，增加60.50%，"
                + "原因是办公费、其他商品服务费用等增加。");
    }

    @Test
    void aReasonOfSeveralSentencesStaysInsideTheTemplatesSentence() {
        String s7 = render(NarrativeSection.THREE_PUBLIC_REASON, "主要原因是新购警用摩托车。接待减少。").get(6).paragraphs().get(0);

        assertThat(s7).endsWith("，主要原因是新购警用摩托车；接待减少。");
    }

    @Test
    void aReasonWrittenOnSeveralLinesStaysOneParagraph() {
        List<String> s7 = render(NarrativeSection.THREE_PUBLIC_REASON, "新购警用摩托车。\n接待减少\n").get(6).paragraphs();

        assertThat(s7).hasSize(2);
        assertThat(s7.get(0)).endsWith("，主要原因是新购警用摩托车；接待减少。");
    }

    @Test
    void aReasonOfPunctuationOnlyIsNoReason() {
        String s8 = render(NarrativeSection.ADMINISTRATIVE_RUNNING_REASON, "。").get(7).paragraphs().get(0);

        assertThat(s8).isEqualTo("2023年机关运行经费财政拨款预算1,401.13万元，比2022年预算增加528.14万元，增加60.50%。");
    }
}
