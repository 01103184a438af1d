package org.yusuan.workbench.app.tables;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.yusuan.workbench.calc.table.DisclosureTable;
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
        table.set(workspace.live().tables().table(number.get()));
    }

    public IntegerProperty numberProperty() {
        return number;
    }

    public ObjectProperty<DisclosureTable> tableProperty() {
        return table;
    }
}
