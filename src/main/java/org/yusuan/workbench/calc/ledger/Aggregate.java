package org.yusuan.workbench.calc.ledger;

/** The sums a {@link BudgetLedger} keeps; each table reads some of them. */
public enum Aggregate {
    /** By 功能项 × fund year × nature × source: tables 1-5, 7-9. */
    FUNCTIONAL,
    /** Basic lines by 部门经济款 × 政府经济款 × 人员/公用 × source × year: table 6. */
    BASIC_ECONOMIC,
    /** All lines with a 部门经济款, by 款 × source × year: table 10. */
    ECONOMIC,
    /** Basic lines by unit × 人员/公用 × source × year: table 11. */
    UNIT_KIND,
    /** Project lines by project × source: tables 12-13. */
    PROJECT,
    /** Department, units and projects themselves (names, order, types). */
    STRUCTURE
}
