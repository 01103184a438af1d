package org.yusuan.workbench.app.tables;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.calc.ledger.Nature;
import org.yusuan.workbench.calc.ledger.Posting;
import org.yusuan.workbench.calc.ledger.Postings;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.service.BudgetWorkspace;

/** 报表: the chosen disclosure table, always as the budget stands now. */
public final class TablesViewModel {

    private final BudgetWorkspace workspace;
    private final IntegerProperty number = new SimpleIntegerProperty(1);
    private final ObjectProperty<DisclosureTable> table = new SimpleObjectProperty<>();

    public TablesViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        number.addListener((o, was, now) -> refresh());
        workspace.addListener(this::refresh);
        refresh();
    }

    /** Only the tables whose sums changed re-derive; the others come from the cache. */
    private void refresh() {
        table.set(workspace.table(number.get()));
    }

    /** The lines behind a cell of the shown table (empty for text cells), largest first. */
    public List<TraceLine> trace(TableRow row, int column) {
        var budget = workspace.budget();
        var chart = workspace.chart();
        var filter = workspace.trace(table.get(), row, column);
        if (filter.isEmpty()) {
            return List.of();
        }
        return Postings.of(budget, chart).stream().filter(filter.get())
                .sorted(Comparator.comparing(Posting::amount).reversed())
                .map(p -> new TraceLine(budget.unit(p.unitCode()).map(u -> u.name()).orElse(p.unitCode()),
                        p.nature() == Nature.BASIC ? Messages.get("tables.trace.basic") : Messages.get("tables.trace.project"),
                        p.projectCode() == null ? (p.expenseKind() == null ? "" : p.expenseKind().label())
                                : budget.project(p.projectCode()).map(x -> x.name()).orElse(p.projectCode()),
                        p.functionCode() + " " + chart.nameOf(Classification.FUNCTIONAL, p.functionCode()),
                        p.departmentalEconomicCode() == null ? "" : p.departmentalEconomicCode() + " "
                                + chart.nameOf(Classification.DEPARTMENTAL_ECONOMIC,
                                p.departmentalEconomicCode()),
                        p.source().label(), p.fundYear().label(), p.amount()))
                .toList();
    }

    public IntegerProperty numberProperty() {
        return number;
    }

    public ObjectProperty<DisclosureTable> tableProperty() {
        return table;
    }
}
