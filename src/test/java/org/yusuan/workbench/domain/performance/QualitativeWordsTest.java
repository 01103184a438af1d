package org.yusuan.workbench.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.domain.performance.IndicatorValue.Kind;

/** The shipped list of qualitative words (a resource file) and a user's own additions. */
class QualitativeWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"积极", "明显", "有效", "稳定", "逐步", "显著", "提高", "提升", "改善", "良好", "较好", "持续",
            "长期", "满意", "基本满意", "达标", "合格", "完成", "按时", "及时", "规范", "健全", "完善", "畅通", "有序",
            "稳步提升", "积极推进", "逐步完善", "显著提高", "基本完成", "较高", "高效", "优良", "全覆盖", "可控"})
    void wordsOfRealFormsAreQualitative(String text) {
        assertThat(IndicatorValue.parse(text).kind()).isEqualTo(Kind.QUALITATIVE);
    }

    @Test
    void theSampleFormsWordsStayQualitativeAndTheirSlipsStayMalformed() {
        for (String word : new String[] {"下降", "保障", "及时", "合规", "完善", "提升", "提高", "有效预防", "符合", "维护",
                "规范", "降低"}) {
            assertThat(IndicatorValue.parse(word).kind()).as(word).isEqualTo(Kind.QUALITATIVE);
        }
        assertThat(IndicatorValue.parse("提高提高").kind()).isEqualTo(Kind.MALFORMED);
        assertThat(IndicatorValue.parse("满足满足").kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void aUsersListAddsWordsInTheSameFormatAsTheShippedOne() {
        assertThat(IndicatorValue.parse("清朗").kind()).isEqualTo(Kind.MALFORMED);
        String file = "# 本局常用词\n清朗\n\n风清气正、海晏河清  好\n";

        QualitativeWords.Read read = QualitativeWords.read(new StringReader(file));
        QualitativeWords words = QualitativeWords.standard().with(read.words());

        assertThat(IndicatorValue.parse("清朗", words).kind()).isEqualTo(Kind.QUALITATIVE);
        assertThat(IndicatorValue.parse("持续清朗", words).kind()).isEqualTo(Kind.QUALITATIVE);
        assertThat(IndicatorValue.parse("风清气正", words).kind()).isEqualTo(Kind.QUALITATIVE);
        assertThat(IndicatorValue.parse("海晏河清", words).kind()).isEqualTo(Kind.QUALITATIVE);
        // One character would match any text: refused, and said so, not silently dropped.
        assertThat(read.refused()).containsExactly("好");
        assertThat(words.contains("好")).isFalse();
    }
}
