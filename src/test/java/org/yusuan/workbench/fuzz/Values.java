package org.yusuan.workbench.fuzz;

import java.util.List;
import java.util.Random;

/** Cell values that have broken importers before: the value-level half of the mutations. */
final class Values {

    static final List<String> AMOUNTS = List.of("1.005", "0.001", "-1", "-0.00", "0", "1e3", "1E+308", "-1E-308",
            "NaN", "Infinity", "-Infinity", "1,234,567.891", "1 000", "１２３", "12.3.4", "999999999999999999.99",
            "1000000000000000000", "99999999999999999999999999999", ".5", "5.", "+5", "¥100", "100元", "  100  ",
            "1_000", "0x10", "1/2", "(100)", "100-", "٣", "2023-01-01", "TRUE", "4.9E-324", "1.7976931348623157E308",
            "0.1234567890123456789", "100.10", "00000000000000000001");
    static final List<String> CODES = List.of("012001 ", "０１２００１", "012-001", "0", "2040201.0", "2.040201E6",
            "20402010", "204020", "2040299", "abc", "ＡＢＣ", "30101", "301", "3010101", "012001", "012", "012001-001",
            "-2040201", "2040201\u0000", "  ", "99999", "00000", "2049998");
    static final List<String> YEARS = List.of("2023", "2024", "2022", "0", "-2023", "99999", "２０２３", "2023.0",
            "2023.5", "1899", "3000", "二〇二三");
    static final List<String> LABELS = List.of("本年", "上年结转", "行政单位", "事业单位", "参公", "人员经费", "公用经费",
            "一般公共预算拨款", "单位资金", "产出指标", "成本指标", "效益指标", "数量指标", "2021", "传统", "车辆", "房屋",
            "部门职责", "收入总计", "支出功能分类", "部门预算支出经济分类", "政府预算支出经济分类", "一次性项目",
            "延续性项目（3年）", "特定目标类", "行政编制", "其他", "≥95%", "≤2008440元", "=183人");
    static final List<String> TEXTS = List.of("", " ", "𠀀𠀁𠀂", "💰👍🏽👨‍👩‍👧", "\u200b", "\u202e反向", "\t", "\r\n",
            "a\nb", "=SUM(A1:A3)", "+1", "-1+1", "@x", "<script>", "_x0001_", "_x0000_", "_xD800_", "&amp;", "'",
            "\"", "「」", "\\", "%s%n", "${jndi:x}", "\uFEFF", "\uFFFD", "\uD800", "名\u0301", "ﾃｽﾄ", "null",
            "〇", "　全角空格　");

    private Values() {
    }

    /** Any interesting value; sometimes a huge one. */
    static String any(Random random) {
        int pick = random.nextInt(100);
        if (pick < 3) {
            return huge(random);
        }
        if (pick < 6) {
            return control(random);
        }
        List<String> list = switch (random.nextInt(5)) {
            case 0 -> AMOUNTS;
            case 1 -> CODES;
            case 2 -> YEARS;
            case 3 -> LABELS;
            default -> TEXTS;
        };
        return list.get(random.nextInt(list.size()));
    }

    /** A number-shaped value, for a numeric cell's {@code <v>}. */
    static String number(Random random) {
        return random.nextBoolean() ? AMOUNTS.get(random.nextInt(AMOUNTS.size()))
                : switch (random.nextInt(6)) {
                    case 0 -> String.valueOf(random.nextLong());
                    case 1 -> String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(40) - 10));
                    case 2 -> random.nextInt(100000) + "." + String.format("%03d", random.nextInt(1000));
                    case 3 -> "-" + random.nextInt(1000000);
                    case 4 -> YEARS.get(random.nextInt(YEARS.size()));
                    default -> String.valueOf(random.nextInt(50000));
                };
    }

    static String huge(Random random) {
        String unit = switch (random.nextInt(4)) {
            case 0 -> "名";
            case 1 -> "𠀀";
            case 2 -> "9";
            default -> "a";
        };
        return unit.repeat(1 << (10 + random.nextInt(11))); // 1 KiB … 1 Mi characters
    }

    private static String control(Random random) {
        char c = (char) random.nextInt(0x20);
        return "前" + c + "后";
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
