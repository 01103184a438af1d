package org.yusuan.workbench.calc.tables;

import static org.yusuan.workbench.calc.table.HeaderCell.of;
import static org.yusuan.workbench.calc.table.HeaderCell.tall;
import static org.yusuan.workbench.calc.table.HeaderCell.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.BudgetLedger.EconomicKey;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * 表10 "三公"经费支出预算表: this year's 财政拨款 on the 三公 economic 款 (from the year's template),
 * from basic <em>and</em> project lines.
 */
final class Table10ThreePublic extends TableDerivation {

    @Override
    public int number() {
        return 10;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.ECONOMIC, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(tall("项目", 2), wide(template.year() + "年预算数", 4)),
                List.of(of("合计"), of("一般公共预算"), of("政府性基金预算"), of("国有资本经营预算")));
        Function<List<String>, Function<FundingSource, Yuan>> on = codes -> source -> codes.stream()
                .map(code -> ledger.economic().getOrDefault(new EconomicKey(code, source, FundYear.CURRENT), Yuan.ZERO))
                .reduce(Yuan.ZERO, Yuan::plus);
        List<String> overseas = template.threePublic("overseasTravel");
        List<String> reception = template.threePublic("reception");
        List<String> purchase = template.threePublic("vehiclePurchase");
        List<String> operation = template.threePublic("vehicleOperation");
        List<String> vehicles = concat(purchase, operation);
        List<String> all = concat(concat(overseas, reception), vehicles);
        List<TableRow> rows = List.of(
                row("overseasTravel", "因公出国（境）费", on.apply(overseas)),
                row("reception", "公务接待费", on.apply(reception)),
                row("vehicles", "公务用车购置及运行费", on.apply(vehicles)),
                row("vehiclePurchase", "①公务用车购置费", on.apply(purchase)),
                row("vehicleOperation", "②公务用车运行维护费", on.apply(operation)),
                row("total", "合计", on.apply(all)));
        boolean hasData = !FiscalColumns.total(FiscalColumns.FISCAL, on.apply(all)).isZero();
        return table(ledger, template, header, rows, hasData);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static TableRow row(String key, String label, Function<FundingSource, Yuan> amount) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(label));
        cells.addAll(FiscalColumns.cells(FiscalColumns.FISCAL, amount));
        return new TableRow(key.equals("total") ? RowKind.TOTAL : RowKind.LINE, key, cells);
    }
}
