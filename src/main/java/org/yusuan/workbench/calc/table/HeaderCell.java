package org.yusuan.workbench.calc.table;

/** A header cell, spanning columns and rows as printed in the booklet. */
public record HeaderCell(String text, int columnSpan, int rowSpan) {

    public static HeaderCell of(String text) {
        return new HeaderCell(text, 1, 1);
    }

    public static HeaderCell wide(String text, int columnSpan) {
        return new HeaderCell(text, columnSpan, 1);
    }

    public static HeaderCell tall(String text, int rowSpan) {
        return new HeaderCell(text, 1, rowSpan);
    }
}
