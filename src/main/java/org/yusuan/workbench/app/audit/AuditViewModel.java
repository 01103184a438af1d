package org.yusuan.workbench.app.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.Edit;
import org.yusuan.workbench.service.SubmissionExport;

/**
 * 审核: the findings of the audit grouped by severity, re-run after every change, with the unit's 出错说明
 * of the errors and warnings it sends to the bureau anyway.
 */
public final class AuditViewModel {

    /** The room the file gives a 出错说明 (finding_explanation.explanation, V7). */
    static final int EXPLANATION_LENGTH = 1000;

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
    private Map<String, String> explanations = Map.of();

    public AuditViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        workspace.addListener(this::refresh);
        refresh();
    }

    private void refresh() {
        AuditReport report = workspace.audit();
        explanations = workspace.explanations();
        // A severity without findings gets no group: the heading already says 0 项.
        groups.setAll(Arrays.stream(Severity.values()).map(s -> new SeverityGroup(s, report.of(s)))
                .filter(g -> !g.findings().isEmpty()).toList());
        errors.set((int) report.count(Severity.ERROR));
        warnings.set((int) report.count(Severity.WARNING));
        notices.set((int) report.count(Severity.NOTICE));
    }

    /** Whether the unit may send {@code finding} with a 出错说明: errors and warnings (a 提示 needs none). */
    public static boolean explainable(Finding finding) {
        return finding.severity() != Severity.NOTICE;
    }

    /** The unit's 出错说明 of {@code finding} kept in the file. */
    public Optional<String> explanation(Finding finding) {
        return Optional.ofNullable(explanations.get(SubmissionExport.findingKey(finding)));
    }

    /**
     * Sets the 出错说明 of {@code finding} (blank clears it), one undoable edit committed to the file.
     *
     * @return the reason, in Chinese, when the text is refused (nothing is changed then)
     */
    public Optional<String> explain(Finding finding, String text) {
        String after = PlainText.normalize(text);
        if (!PlainText.fits(after, EXPLANATION_LENGTH)) {
            return Optional.of(Messages.get("audit.explanation.tooLong", String.valueOf(EXPLANATION_LENGTH)));
        }
        if (PlainText.controlCharacter(after, true) >= 0) {
            return Optional.of(Messages.get("grid.reason.control"));
        }
        String before = explanation(finding).orElse(null);
        String stored = after.isEmpty() ? null : after;
        if (!java.util.Objects.equals(before, stored)) {
            workspace.apply(new Edit.ExplanationChange(Messages.get("audit.explanation.edit"),
                    SubmissionExport.findingKey(finding), before, stored));
        }
        return Optional.empty();
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
