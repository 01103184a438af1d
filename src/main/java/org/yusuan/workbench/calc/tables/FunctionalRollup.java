package org.yusuan.workbench.calc.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.BudgetLedger.FunctionKey;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * The 类/款/项 body of tables 2, 3, 5, 8 and 9: exact sums per 项 rolled up to 款 and 类, each printed
 * cell rounded on its own, preceded by the 合计 row. Codes with no money are left out.
 */
final class FunctionalRollup {

    private final int columns;
    /** Code (类, 款 or 项) → column sums; the key "" is the 合计 row. */
    private final TreeMap<String, Yuan[]> sums = new TreeMap<>();

    /**
     * @param columnsOf the columns a functional sum counts in (e.g. 合计 and 基本支出); none to leave it out
     */
    FunctionalRollup(BudgetLedger ledger, int columns, java.util.function.Function<FunctionKey, int[]> columnsOf) {
        this.columns = columns;
        for (Map.Entry<FunctionKey, Yuan> e : ledger.functional().entrySet()) {
            int[] targets = columnsOf.apply(e.getKey());
            if (targets.length == 0) {
                continue;
            }
            String item = e.getKey().functionCode();
            for (String code : new String[] {"", item.substring(0, 3), item.substring(0, 5), item}) {
                Yuan[] row = sums.computeIfAbsent(code, k -> zeros());
                for (int c : targets) {
                    row[c] = row[c].plus(e.getValue());
                }
            }
        }
    }

    private Yuan[] zeros() {
        Yuan[] row = new Yuan[columns];
        Arrays.fill(row, Yuan.ZERO);
        return row;
    }

    boolean hasData() {
        return sums.values().stream().anyMatch(r -> Arrays.stream(r).anyMatch(y -> !y.isZero()));
    }

    /** Exact sum of a column over the whole table. */
    Yuan total(int column) {
        return sums.getOrDefault("", zeros())[column];
    }

    /** [编码, 名称, cells…] rows: 合计 first, then every 类, 款, 项 with money, in code order. */
    List<TableRow> rows(ChartOfAccounts chart) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(row(RowKind.TOTAL, "", "", "合计", sums.getOrDefault("", zeros())));
        for (Map.Entry<String, Yuan[]> e : sums.entrySet()) {
            String code = e.getKey();
            if (code.isEmpty() || Arrays.stream(e.getValue()).allMatch(Yuan::isZero)) {
                continue;
            }
            RowKind kind = switch (code.length()) {
                case 3 -> RowKind.CLASS;
                case 5 -> RowKind.SECTION;
                default -> RowKind.ITEM;
            };
            rows.add(row(kind, code, code, chart.nameOf(Classification.FUNCTIONAL, code), e.getValue()));
        }
        return rows;
    }

    private static TableRow row(RowKind kind, String key, String code, String name, Yuan[] values) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(code));
        cells.add(Cell.text(name));
        for (Yuan value : values) {
            cells.add(Cell.amount(value));
        }
        return new TableRow(kind, key.isEmpty() ? "total" : key, cells);
    }
}
