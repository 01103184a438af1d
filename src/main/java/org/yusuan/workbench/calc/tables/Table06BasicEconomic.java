package org.yusuan.workbench.calc.tables;

import static org.yusuan.workbench.calc.table.HeaderCell.of;
import static org.yusuan.workbench.calc.table.HeaderCell.tall;
import static org.yusuan.workbench.calc.table.HeaderCell.wide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.BudgetLedger.BasicEconomicKey;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * 表6 一般公共预算安排基本支出分经济科目表（不含上年结转）: this year's 一般公共预算 basic lines by
 * 部门经济 类 (group rows) and 款 beside the 政府经济 款, split 人员经费 / 公用经费. One departmental 款
 * can appear twice, once per government 款 (e.g. 50101 for 行政 units and 50501 for 事业).
 */
final class Table06BasicEconomic extends TableDerivation {

    /** A printed line: departmental 款 and government 款. */
    private record Pair(String departmental, String government) {
    }

    private static final Comparator<Pair> ORDER = Comparator.comparing(Pair::departmental)
            .thenComparing(Pair::government, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public int number() {
        return 6;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.BASIC_ECONOMIC, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(tall("部门预算支出经济科目名称", 2), tall("政府预算支出经济科目名称", 2),
                        wide(template.year() + "年预算数", 3)),
                List.of(of("合计"), of("人员经费"), of("公用经费")));
        // [人员, 公用] per pair and per 类.
        TreeMap<Pair, Yuan[]> lines = new TreeMap<>(ORDER);
        TreeMap<String, Yuan[]> groups = new TreeMap<>();
        Yuan[] total = {Yuan.ZERO, Yuan.ZERO};
        for (Map.Entry<BasicEconomicKey, Yuan> e : ledger.basicEconomic().entrySet()) {
            BasicEconomicKey key = e.getKey();
            if (key.year() != FundYear.CURRENT || key.source() != FundingSource.GENERAL_PUBLIC_BUDGET) {
                continue;
            }
            int column = key.kind() == ExpenseKind.PERSONNEL ? 0 : 1;
            add(lines.computeIfAbsent(new Pair(key.departmental(), key.government()), p -> zeros()), column, e.getValue());
            add(groups.computeIfAbsent(key.departmental().substring(0, 3), g -> zeros()), column, e.getValue());
            add(total, column, e.getValue());
        }
        ChartOfAccounts chart = ledger.chart();
        List<TableRow> rows = new ArrayList<>();
        rows.add(row(RowKind.TOTAL, "total", "合计", "", total));
        for (Map.Entry<String, Yuan[]> group : groups.entrySet()) {
            String cls = group.getKey();
            if (isZero(group.getValue())) {
                continue;
            }
            rows.add(row(RowKind.GROUP, cls, chart.nameOf(Classification.DEPARTMENTAL_ECONOMIC, cls), "", group.getValue()));
            lines.forEach((pair, values) -> {
                if (pair.departmental().startsWith(cls) && !isZero(values)) {
                    rows.add(row(RowKind.LINE, pair.departmental() + "/" + Objects.toString(pair.government(), ""),
                            chart.nameOf(Classification.DEPARTMENTAL_ECONOMIC, pair.departmental()),
                            pair.government() == null ? "" : chart.nameOf(Classification.GOVERNMENT_ECONOMIC, pair.government()),
                            values));
                }
            });
        }
        return table(ledger, template, header, rows, !isZero(total));
    }

    private static Yuan[] zeros() {
        return new Yuan[] {Yuan.ZERO, Yuan.ZERO};
    }

    private static void add(Yuan[] sums, int column, Yuan amount) {
        sums[column] = sums[column].plus(amount);
    }

    private static boolean isZero(Yuan[] sums) {
        return sums[0].isZero() && sums[1].isZero();
    }

    private static TableRow row(RowKind kind, String key, String departmental, String government, Yuan[] values) {
        return new TableRow(kind, key, List.of(Cell.text(departmental), Cell.text(government),
                Cell.amount(values[0].plus(values[1])), Cell.amount(values[0]), Cell.amount(values[1])));
    }
}
