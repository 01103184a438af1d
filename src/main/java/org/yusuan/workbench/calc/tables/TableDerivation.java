package org.yusuan.workbench.calc.tables;

import java.util.List;
import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.HeaderCell;
import org.yusuan.workbench.calc.table.TableRow;

/**
 * How one disclosure table is read off the ledger. A derivation may keep what it derived between
 * calls (tables 12 and 13 do, to patch single projects), so each {@link DisclosureTables} holds its
 * own instances from {@link #all()}.
 */
public abstract class TableDerivation {

    /** 1-13. */
    public abstract int number();

    /** The ledger sums the table depends on: it is stale only when one of them changed. */
    public abstract Set<Aggregate> reads();

    public abstract DisclosureTable derive(BudgetLedger ledger, TableTemplate template);

    protected DisclosureTable table(BudgetLedger ledger, TableTemplate template, List<List<HeaderCell>> header,
                                    List<TableRow> rows, boolean hasData) {
        return new DisclosureTable(number(), template.title(number()), ledger.department().name(), header, rows,
                hasData);
    }

    /** All 13 derivations in table order: new instances on every call. */
    public static List<TableDerivation> all() {
        return List.of(new Table01BudgetSummary(), new Table02Income(), new Table03Expenditure(),
                new Table04FiscalSummary(), new Table05GeneralPublicExpenditure(), new Table06BasicEconomic(),
                new Table07GovernmentFundIncome(), new Table08GovernmentFundExpenditure(),
                new Table09StateCapital(), new Table10ThreePublic(), new Table11AdministrativeRunning(),
                new Table12CurrentProjects(), new Table13CarriedOverProjects());
    }
}
