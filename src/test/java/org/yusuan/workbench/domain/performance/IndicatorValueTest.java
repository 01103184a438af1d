package org.yusuan.workbench.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.workbench.domain.performance.IndicatorValue.Kind;
import org.yusuan.workbench.domain.performance.IndicatorValue.Operator;

class IndicatorValueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "≥95%        | AT_LEAST | 95        | %    | -",
            "＞90%        | GREATER  | 90        | %    | -",
            ">90%        | GREATER  | 90        | %    | -",
            "=183人       | EQUAL    | 183       | 人   | -",
            "＝183人      | EQUAL    | 183       | 人   | -",
            "183人        | -        | 183       | 人   | -",
            "≤2008440元   | AT_MOST  | 2008440   | 元   | -",
            "<=5%        | AT_MOST  | 5         | %    | -",
            "＜3次        | LESS     | 3         | 次   | -",
            "100%        | -        | 100       | %    | -",
            "710元/人     | -        | 710       | 元/人 | -",
            "300万元      | -        | 300       | 万元  | -",
            "≤2134075.00元 | AT_MOST | 2134075.00 | 元  | -",
            "≥99.5%      | AT_LEAST | 99.5      | %    | -",
            "≥20人·月     | AT_LEAST | 20        | 人·月 | -",
            "≥10个或套    | AT_LEAST | 10        | 个或套 | -",
            "10人/年      | -        | 10        | 人/年 | -",
            "1,200度      | -        | 1200      | 度   | -",
            "提高100%     | -        | 100       | %    | 提高",
    })
    void quantitativeValuesKeepOperatorNumberAndUnit(String text, String operator, String number, String unit,
                                                      String word) {
        IndicatorValue v = IndicatorValue.parse(text);

        assertThat(v.kind()).isEqualTo(Kind.QUANTITATIVE);
        assertThat(v.operator()).isEqualTo(operator == null ? null : Operator.valueOf(operator));
        assertThat(v.number()).isEqualByComparingTo(new BigDecimal(number));
        assertThat(v.unit()).isEqualTo(unit);
        assertThat(v.word()).isEqualTo(word);
        assertThat(v.reason()).isNull();
    }

    @Test
    void operatorsAreNormalisedToTheFullWidthSignsOfTheForms() {
        assertThat(IndicatorValue.parse("=1人").operator().sign()).isEqualTo("＝");
        assertThat(IndicatorValue.parse(">1人").operator().sign()).isEqualTo("＞");
        assertThat(IndicatorValue.parse("<1人").operator().sign()).isEqualTo("＜");
        assertThat(IndicatorValue.parse(">=1人").operator()).isEqualTo(Operator.AT_LEAST);
        assertThat(IndicatorValue.parse("不超过1人").operator()).isEqualTo(Operator.AT_MOST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"提高", "保障", "完善", "符合", "及时", "健全", "改善", "降低", "达标", "有效", "明显",
            "逐步提高", "持续", "有效预防", "持续提升", "明显改善", "下降", "合规", "规范", "维护"})
    void qualitativeWordsAndTheirChains(String text) {
        IndicatorValue v = IndicatorValue.parse(text);

        assertThat(v.kind()).isEqualTo(Kind.QUALITATIVE);
        assertThat(v.word()).isEqualTo(text);
        assertThat(v.number()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年1月-12月", "1-12月每年", "2023年度", "2023年每月", "2020年-2023年", "2023年6月",
            "2023年1月至2023年12月", "12月底前", "1-12月"})
    void periods(String text) {
        assertThat(IndicatorValue.parse(text).kind()).isEqualTo(Kind.PERIOD);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "提高提高      | 重复",
            "满足满足      | 重复",
            "持续提高提高   | 连写",
            "≥           | 缺少数值",
            "100         | 缺少计量单位",
            "≥95         | 缺少计量单位",
            "很好很棒啊    | 既不是",
            "95%≥        | 无法识别",
            "大概100人     | 不是可识别的定性词语",
    })
    void malformedValuesSayWhy(String text, String reasonPart) {
        IndicatorValue v = IndicatorValue.parse(text);

        assertThat(v.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(v.isMalformed()).isTrue();
        assertThat(v.reason()).contains(reasonPart);
    }

    @Test
    void blankIsMalformedNotSilentlyAccepted() {
        assertThat(IndicatorValue.parse("  ").reason()).isEqualTo("指标值为空");
        assertThat(IndicatorValue.parse(null).kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void theWordListCanBeExtended() {
        assertThat(IndicatorValue.parse("清朗").kind()).isEqualTo(Kind.MALFORMED);

        QualitativeWords extended = QualitativeWords.standard().with("清朗");

        assertThat(IndicatorValue.parse("清朗", extended).kind()).isEqualTo(Kind.QUALITATIVE);
        assertThat(IndicatorValue.parse("持续清朗", extended).kind()).isEqualTo(Kind.QUALITATIVE);
        assertThatThrownBy(() -> extended.with("好")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"提高提高|提高", "满足满足|满足", "逐步提高逐步提高|逐步提高", "2023年2023年|2023年",
            " 提高提高 |提高"})
    void doubledWords(String text, String word) {
        assertThat(IndicatorValue.doubledWord(text)).contains(word);
        assertThat(IndicatorValue.parse(text).doubledWord()).contains(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"提高", "常常", "1212", "≥95%", "提高满足", "提高提高提高", ""})
    void notDoubled(String text) {
        assertThat(IndicatorValue.doubledWord(text)).isEmpty();
    }

    @Test
    void moneyValuesConvertToYuanOthersDoNot() {
        assertThat(IndicatorValue.parse("≤20万元").amountInYuan()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("200000"));
        assertThat(IndicatorValue.parse("≤2008440元").amountInYuan()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("2008440"));
        assertThat(IndicatorValue.parse("710元/人").amountInYuan()).isEmpty();
        assertThat(IndicatorValue.parse("提高").amountInYuan()).isEmpty();
    }
}
