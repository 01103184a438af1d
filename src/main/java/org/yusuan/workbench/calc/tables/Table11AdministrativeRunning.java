package org.yusuan.workbench.calc.tables;

import static org.yusuan.workbench.calc.table.HeaderCell.of;
import static org.yusuan.workbench.calc.table.HeaderCell.tall;
import static org.yusuan.workbench.calc.table.HeaderCell.wide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.BudgetLedger.UnitKindKey;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * 表11 机关运行经费预算财政拨款情况统计表: the 公用经费 of 行政单位 and 参公 units (机关运行经费) paid by
 * this year's 财政拨款, department total then one row per unit that has some.
 */
final class Table11AdministrativeRunning extends TableDerivation {

    @Override
    public int number() {
        return 11;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.UNIT_KIND, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(tall("单位名称", 2), wide(template.year() + "年预算数", 4)),
                List.of(of("合计"), of("一般公共预算"), of("政府性基金预算"), of("国有资本经营预算")));
        // Each unit's three sums are looked up once (a large budget has thousands of units), then
        // added up for the department row in the same exact 元.
        List<BudgetUnit> organs = ledger.units().stream().filter(u -> u.type().runsAsGovernmentOrgan()).toList();
        int sources = FiscalColumns.FISCAL.size();
        Yuan[] department = new Yuan[sources];
        Arrays.fill(department, Yuan.ZERO);
        List<TableRow> unitRows = new ArrayList<>();
        for (BudgetUnit unit : organs) {
            Yuan[] amounts = new Yuan[sources];
            for (int i = 0; i < sources; i++) {
                amounts[i] = running(ledger, unit, FiscalColumns.FISCAL.get(i));
                department[i] = department[i].plus(amounts[i]);
            }
            if (!total(amounts).isZero()) {
                unitRows.add(row(RowKind.UNIT, unit.code(), unit.name(), amounts));
            }
        }
        List<TableRow> rows = new ArrayList<>(1 + unitRows.size());
        rows.add(row(RowKind.DEPARTMENT, "department", "部门合计", department));
        rows.addAll(unitRows);
        return table(ledger, template, header, rows, !total(department).isZero());
    }

    private static Yuan running(BudgetLedger ledger, BudgetUnit unit, FundingSource source) {
        return ledger.unitKind().getOrDefault(new UnitKindKey(unit.code(), ExpenseKind.PUBLIC, source, FundYear.CURRENT),
                Yuan.ZERO);
    }

    private static Yuan total(Yuan[] amounts) {
        Yuan total = Yuan.ZERO;
        for (Yuan amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    /** [名称, 合计, one cell per 财政拨款 source], as {@link FiscalColumns#cells} lays them out. */
    private static TableRow row(RowKind kind, String key, String label, Yuan[] amounts) {
        List<Cell> cells = new ArrayList<>(2 + amounts.length);
        cells.add(Cell.text(label));
        cells.add(Cell.amount(total(amounts)));
        for (Yuan amount : amounts) {
            cells.add(Cell.amount(amount));
        }
        return new TableRow(kind, key, cells);
    }
}
