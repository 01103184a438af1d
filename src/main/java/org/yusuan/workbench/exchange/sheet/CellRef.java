package org.yusuan.workbench.exchange.sheet;

/** Excel's names of cells ({@code F2}) and columns ({@code F}), both ways. */
public final class CellRef {

    /** XFD, the last column a spreadsheet can have. */
    private static final int LAST_COLUMN = 16_383;

    private CellRef() {
    }

    /** {@code A} for 0, {@code AA} for 26. */
    public static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    public static String name(int column, int row) {
        return column(column) + row;
    }

    /**
     * The 0-based column of a reference such as {@code F2} or {@code F}, or -1 when it is not one
     * (lower case, a sign, beyond XFD).
     */
    static int columnOf(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && i < 3) {
            column = column * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        return i == 0 || column - 1 > LAST_COLUMN ? -1 : column - 1;
    }

    /** The row of a reference such as {@code F2}, or -1 when it has none or it is out of range. */
    static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            i++;
        }
        return parseRow(ref.substring(i));
    }

    /**
     * A row number as written in a row or cell, in plain digits, else -1. Numbers beyond what a
     * spreadsheet allows are returned as they are, for the row limit to refuse by number.
     */
    static int parseRow(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || digits.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }
}
