package org.yusuan.workbench.app.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.service.BudgetSummary;

/** The running totals of the status bar, each a 万元 figure rounded from its exact 元 sum. */
public final class StatusBarModel {

    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper audit = new ReadOnlyStringWrapper("");

    /** 审核 counts, kept current by the audit view model. */
    public void bindAudit(org.yusuan.workbench.app.audit.AuditViewModel model) {
        audit.bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get("status.audit",
                        String.valueOf(model.errorsProperty().get()), String.valueOf(model.warningsProperty().get())),
                model.errorsProperty(), model.warningsProperty()));
    }

    public ReadOnlyStringProperty auditProperty() {
        return audit.getReadOnlyProperty();
    }

    public void show(java.nio.file.Path path, Budget budget) {
        file.set(Messages.get("status.file", path.toString()));
        BudgetSummary s = BudgetSummary.of(budget);
        totals.set(Messages.get("status.totals", s.grandTotal().toWanYuan().grouped(),
                s.currentYearTotal().toWanYuan().grouped(), s.carriedOverTotal().toWanYuan().grouped(),
                budget.basicTotal(FundYear.CURRENT).plus(budget.basicTotal(FundYear.CARRIED_OVER)).toWanYuan().grouped(),
                budget.projectTotal(FundYear.CURRENT).plus(budget.projectTotal(FundYear.CARRIED_OVER)).toWanYuan().grouped()));
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }
}
