package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.QualitativeWords;

/** "积极" passes; a user's own words count in the audit; what of the user's file is not used is said. */
class IndicatorWordsTest {

    private static TinyBudget withSocialBenefit(String value) {
        TinyBudget b = new TinyBudget();
        Indicator i = b.indicators.get(4);
        b.indicators.set(4, new Indicator(i.level1(), i.level2(), i.name(), value, value));
        return b;
    }

    @Test
    void aCommonQualitativeValueIsNotMalformed() {
        for (String value : new String[] {"积极", "基本满意", "稳步提升", "积极推进"}) {
            assertThat(Audit.standard().run(withSocialBenefit(value).build(), SampleFixture.CHART).findings())
                    .as(value).isEmpty();
        }
    }

    @Test
    void theUsersWordsCountAndASingleCharacterIsANotice() {
        TinyBudget b = withSocialBenefit("清朗");
        assertThat(Audit.standard().run(b.build(), SampleFixture.CHART).findings()).extracting(Finding::ruleId)
                .containsExactly("I.value");

        IndicatorWords words = IndicatorWords.withUserFile("/home/会计/.yusuan/qualitative-words.txt",
                QualitativeWords.read(new StringReader("清朗\n好\n")));
        AuditReport report = Audit.standard(words).run(b.build(), SampleFixture.CHART);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("I.words");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.message()).contains("qualitative-words.txt", "「好」");
        });
    }
}
