package org.yusuan.workbench.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The amount columns of the 功能分类 tables as the engine lays them out: [编码, 名称, amounts…]; named
 * by their keys in the audit bundle (合计, 一般公共预算, …) for the messages.
 */
final class FunctionalColumns {

    static final int FIRST_AMOUNT = 2;
    static final Map<Integer, List<String>> COLUMNS = new TreeMap<>(Map.of(
            2, List.of("column.total", "column.generalPublic", "column.governmentFunds", "column.stateCapital",
                    "column.specialAccount", "column.unitFunds", "column.carriedOver"),
            3, List.of("column.total", "column.basic", "column.project"),
            5, List.of("column.total", "column.basic", "column.project")));

    /** Tables 3 and 5: 合计, 基本支出, 项目支出. */
    static final int TOTAL = FIRST_AMOUNT;
    static final int BASIC = FIRST_AMOUNT + 1;
    static final int PROJECT = FIRST_AMOUNT + 2;
    /** Table 2: 合计 (this year), 一般公共预算, …, 上年结转. */
    static final int T2_CURRENT = FIRST_AMOUNT;
    static final int T2_GENERAL_PUBLIC = FIRST_AMOUNT + 1;
    static final int T2_CARRIED_OVER = FIRST_AMOUNT + 6;

    private FunctionalColumns() {
    }
}
