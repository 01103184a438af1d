package org.yusuan.workbench.domain.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator value as the accountant wrote it, understood: a comparison with a number and a unit
 * ("≥95%", "=183人", "183人", "≤2008440元", "710元/人", "提高100%"), a qualitative word ("提高",
 * "保障"), a period ("2023年1月-12月", "1-12月每年"), or malformed with the reason. Forms are typed
 * by hand; the audit uses this to point at values a reviewer at the finance bureau would send back.
 *
 * @param text      the value as written (stripped)
 * @param operator  the comparison, normalised; null when none was written ("183人") or not quantitative
 * @param number    the number, exact; null unless quantitative
 * @param unit      the unit as written after the number ("%", "人", "元/人", "万元"); null unless quantitative
 * @param word      the qualitative word(s), or the direction word before a number ("提高" of "提高100%")
 * @param reason    why the value is malformed (Chinese); null otherwise
 */
public record IndicatorValue(String text, Kind kind, Operator operator, BigDecimal number, String unit,
                             String word, String reason) {

    public enum Kind {
        QUANTITATIVE, QUALITATIVE, PERIOD, MALFORMED
    }

    /** The comparisons a form uses, printed with the full-width signs of the forms. */
    public enum Operator {
        AT_LEAST("≥"), AT_MOST("≤"), EQUAL("＝"), GREATER("＞"), LESS("＜");

        private final String sign;

        Operator(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }

        /** Every spelling seen in forms: half- and full-width, and the two-character ones. */
        static Optional<Operator> of(String written) {
            return Optional.ofNullable(switch (written) {
                case "≥", "≧", ">=", "＞＝", "不低于", "不少于" -> AT_LEAST;
                case "≤", "≦", "<=", "＜＝", "不高于", "不超过", "不多于" -> AT_MOST;
                case "=", "＝" -> EQUAL;
                case ">", "＞" -> GREATER;
                case "<", "＜" -> LESS;
                default -> null;
            });
        }
    }

    private static final String OPERATORS = "≥|≧|>=|＞＝|不低于|不少于|≤|≦|<=|＜＝|不高于|不超过|不多于|=|＝|>|＞|<|＜";
    private static final Pattern QUANTITATIVE = Pattern.compile(
            "^(" + OPERATORS + ")?\\s*([\\p{IsHan}]{2,4}?)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(.*)$");
    /** A unit: no digits, no comparison signs, short (元/人, 人·月, 个或套, 万元, %, 度). */
    private static final Pattern UNIT = Pattern.compile("^[^\\d≥≧≤≦=＝<>＜＞\\s]{1,8}$");
    private static final String DATE = "(?:\\d{4}年度?)?(?:\\d{1,2}(?:月(?:\\d{1,2}日)?)?)?";
    private static final Pattern PERIOD = Pattern.compile(
            "^(?:每年|每月|全年)?" + DATE + "(?:\\s*[-–—~～至到]\\s*" + DATE + ")?"
                    + "(?:每年|每月|每季度|全年|年底|年末|底前|底|末|前|以内|内)?$");
    private static final Pattern DOUBLED = Pattern.compile("^(.+)\\1$");

    /** Parses with the standard qualitative words. */
    public static IndicatorValue parse(String text) {
        return parse(text, QualitativeWords.standard());
    }

    public static IndicatorValue parse(String text, QualitativeWords words) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return malformed(value, "指标值为空");
        }
        Optional<String> doubled = doubledWord(value);
        if (doubled.isPresent()) {
            return malformed(value, "词语「" + doubled.get() + "」重复了一遍");
        }
        if (isPeriod(value)) {
            return new IndicatorValue(value, Kind.PERIOD, null, null, null, null, null);
        }
        Matcher q = QUANTITATIVE.matcher(value);
        if (q.matches()) {
            return quantitative(value, q, words);
        }
        Optional<List<String>> parts = words.split(value);
        if (parts.isPresent()) {
            Optional<String> repeated = adjacentRepeat(parts.get());
            return repeated.isPresent()
                    ? malformed(value, "词语「" + repeated.get() + "」连写了两次")
                    : new IndicatorValue(value, Kind.QUALITATIVE, null, null, null, value, null);
        }
        if (value.matches("^(" + OPERATORS + ")\\s*$")) {
            return malformed(value, "比较符后缺少数值");
        }
        return malformed(value, "既不是“比较符+数值+单位”，也不是定性词语（如提高、保障）或时间段");
    }

    private static IndicatorValue quantitative(String value, Matcher q, QualitativeWords words) {
        Operator operator = q.group(1) == null ? null : Operator.of(q.group(1)).orElseThrow();
        String word = q.group(2);
        if (word != null && !words.contains(word) && words.split(word).isEmpty()) {
            return malformed(value, "数值前的「" + word + "」不是可识别的定性词语");
        }
        String unit = q.group(5).strip();
        if (unit.isEmpty()) {
            return malformed(value, "数值缺少计量单位");
        }
        if (!UNIT.matcher(unit).matches()) {
            return malformed(value, "计量单位「" + unit + "」无法识别");
        }
        BigDecimal number = new BigDecimal(q.group(3).replace(",", "") + (q.group(4) == null ? "" : q.group(4)));
        return new IndicatorValue(value, Kind.QUANTITATIVE, operator, number, unit, word, null);
    }

    /** A period names a year or a month (2023年1月-12月, 1-12月每年, 2023年度); a bare number does not. */
    private static boolean isPeriod(String value) {
        return (value.contains("年") || value.contains("月")) && PERIOD.matcher(value).matches()
                && value.chars().anyMatch(Character::isDigit);
    }

    private static Optional<String> adjacentRepeat(List<String> parts) {
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).equals(parts.get(i - 1))) {
                return Optional.of(parts.get(i));
            }
        }
        return Optional.empty();
    }

    private static IndicatorValue malformed(String value, String reason) {
        return new IndicatorValue(value, Kind.MALFORMED, null, null, null, null, reason);
    }

    /**
     * The word when the whole text is one word written twice ("提高提高" → 提高, "满足满足" → 满足),
     * the typical slip of a form filled by copy and paste. Single repeated characters ("常常") and
     * numbers ("1212") are ordinary text, not a slip.
     */
    public static Optional<String> doubledWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DOUBLED.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = m.group(1);
        boolean hasLetters = word.codePoints().anyMatch(Character::isLetter);
        return word.codePointCount(0, word.length()) >= 2 && hasLetters ? Optional.of(word) : Optional.empty();
    }

    /** {@link #doubledWord(String)} of this value's text. */
    public Optional<String> doubledWord() {
        return doubledWord(text);
    }

    public boolean isMalformed() {
        return kind == Kind.MALFORMED;
    }

    /**
     * The amount in 元 a money value names ("≤2008440元", "≤20万元"); empty for other units, such
     * as a rate per person ("710元/人"), which cannot be compared with a project's total.
     */
    public Optional<BigDecimal> amountInYuan() {
        if (kind != Kind.QUANTITATIVE) {
            return Optional.empty();
        }
        return switch (unit) {
            case "元" -> Optional.of(number);
            case "万元" -> Optional.of(number.multiply(BigDecimal.valueOf(10_000)));
            default -> Optional.empty();
        };
    }

    /**
     * Whether this money value asks for more than {@code limitInYuan}: its figure is above the limit
     * whatever the comparison (a ceiling above the money is a slip of unit or figure too), or it is
     * "＞" the limit itself, which no cost within the money can meet. False for other units.
     */
    public boolean asksMoreThan(BigDecimal limitInYuan) {
        return amountInYuan().map(amount -> {
            int c = amount.compareTo(limitInYuan);
            return c > 0 || c == 0 && operator == Operator.GREATER;
        }).orElse(false);
    }
}
