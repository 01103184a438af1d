package org.yusuan.workbench.calc.table;

/** What a table row stands for; the booklet layout sets totals and groups apart. */
public enum RowKind {
    TOTAL,
    /** 功能分类 类 (3 digits). */
    CLASS,
    /** 功能分类 款 (5 digits). */
    SECTION,
    /** 功能分类 项 (7 digits). */
    ITEM,
    /** An economic 类 in table 6. */
    GROUP,
    /** An economic 款 pair in table 6, a 三公 item, a 类 row of tables 1 and 4. */
    LINE,
    DEPARTMENT,
    UNIT,
    PROJECT
}
