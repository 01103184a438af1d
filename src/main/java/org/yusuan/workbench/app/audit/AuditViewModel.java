package org.yusuan.workbench.app.audit;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.service.BudgetWorkspace;

/** 审核: the findings of the audit, re-run after every change. */
public final class AuditViewModel {

    private final BudgetWorkspace workspace;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty errors = new SimpleIntegerProperty();
    private final IntegerProperty warnings = new SimpleIntegerProperty();
    private final IntegerProperty notices = new SimpleIntegerProperty();

    public AuditViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        workspace.addListener(this::refresh);
        refresh();
    }

    private void refresh() {
        AuditReport report = workspace.audit();
        findings.setAll(report.findings());
        errors.set((int) report.count(Severity.ERROR));
        warnings.set((int) report.count(Severity.WARNING));
        notices.set((int) report.count(Severity.NOTICE));
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public IntegerProperty errorsProperty() {
        return errors;
    }

    public IntegerProperty warningsProperty() {
        return warnings;
    }

    public IntegerProperty noticesProperty() {
        return notices;
    }
}
