package org.yusuan.workbench.calc.tables;

/** 一, 二, … 三十: the ordinal prefixes of the 类 rows of tables 1 and 4. */
final class ChineseNumerals {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("ordinal out of range: " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + DIGITS[ones];
    }

    /** "四、公共安全支出". */
    static String ordinal(int n, String label) {
        return of(n) + "、" + label;
    }
}
