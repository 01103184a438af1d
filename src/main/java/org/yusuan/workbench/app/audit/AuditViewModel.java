package org.yusuan.workbench.app.audit;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.service.BudgetWorkspace;

/** 审核: the findings of the audit grouped by severity, re-run after every change. */
public final class AuditViewModel {

    /** The findings of one severity, in the audit's order (by rule, then print order of the records). */
    public record SeverityGroup(Severity severity, List<Finding> findings) {

        public SeverityGroup {
            findings = List.copyOf(findings);
        }
    }

    private final BudgetWorkspace workspace;
    private final ObservableList<SeverityGroup> groups = FXCollections.observableArrayList();
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
        // A severity without findings gets no group: the heading already says 0 项.
        groups.setAll(Arrays.stream(Severity.values()).map(s -> new SeverityGroup(s, report.of(s)))
                .filter(g -> !g.findings().isEmpty()).toList());
        errors.set((int) report.count(Severity.ERROR));
        warnings.set((int) report.count(Severity.WARNING));
        notices.set((int) report.count(Severity.NOTICE));
    }

    /** 错误, 警告, 提示: the severities that have findings, most serious first. */
    public ObservableList<SeverityGroup> groups() {
        return groups;
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
