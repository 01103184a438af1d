package org.yusuan.workbench.app.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.SubmissionExport;

/**
 * What 导出报送数据包 asks before the file: the stage, the 行政区划代码 (kept in the budget file once entered,
 * so it is asked for only the first time), whether the booklet goes along, and how many errors and
 * warnings will travel with and without the unit's 出错说明 — written on the 审核 page, where each finding
 * can be explained.
 */
final class PackageExportDialog {

    /** The accountant's answers. */
    record Choice(String stage, String divisionCode, boolean withBooklet) {
    }

    private PackageExportDialog() {
    }

    static Optional<Choice> ask(Window owner, BudgetWorkspace workspace) {
        List<String> stages = SubmissionExport.stages();
        ComboBox<String> stage = new ComboBox<>();
        stage.getItems().setAll(stages);
        stage.getSelectionModel().select(0);
        stage.setId("package-stage-choice");
        TextField division = new TextField(workspace.budget().department().divisionCode());
        division.setPromptText(Messages.get("file.exportPackage.divisionPrompt"));
        division.setId("package-division");
        Label divisionProblem = new Label();
        divisionProblem.getStyleClass().add("edit-message");
        CheckBox booklet = new CheckBox(Messages.get("file.exportPackage.withBooklet"));
        booklet.setId("package-booklet");
        Label findings = new Label(findingsSummary(workspace.audit(), workspace.explanations()));
        findings.setWrapText(true);
        findings.setMaxWidth(460);
        findings.setId("package-findings");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label(Messages.get("file.exportPackage.stage")), stage);
        form.addRow(1, new Label(Messages.get("file.exportPackage.division")), division);
        form.add(divisionProblem, 1, 2);
        form.add(booklet, 1, 3);
        form.add(findings, 0, 4, 2, 1);

        ButtonType next = new ButtonType(Messages.get("file.exportPackage.next"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("file.exportPackage.title"));
        dialog.setHeaderText(Messages.get("file.exportPackage.header"));
        dialog.getDialogPane().setId("package-stage");
        dialog.getDialogPane().getButtonTypes().setAll(next, cancel);
        dialog.getDialogPane().setContent(form);
        // A code that cannot be a 区划 is said at once and cannot go on; empty is allowed (the bureau asks).
        var nextButton = dialog.getDialogPane().lookupButton(next);
        division.textProperty().addListener((o, was, now) -> {
            boolean valid = Department.isDivisionCode(now.strip());
            divisionProblem.setText(valid ? "" : Messages.get("dept.reason.divisionCode"));
            nextButton.setDisable(!valid);
        });
        dialog.setResultConverter(b -> b == next
                ? new Choice(stage.getValue(), division.getText().strip(), booklet.isSelected()) : null);
        Optional.ofNullable(owner).ifPresent(dialog::initOwner);
        return dialog.showAndWait();
    }

    /** "错误 1 项（已写出错说明 0 项），警告 3 项（已写出错说明 1 项）…", or that the audit found none. */
    static String findingsSummary(AuditReport audit, Map<String, String> explanations) {
        List<Finding> errors = audit.of(Severity.ERROR);
        List<Finding> warnings = audit.of(Severity.WARNING);
        if (errors.isEmpty() && warnings.isEmpty()) {
            return Messages.get("file.exportPackage.clean");
        }
        return Messages.get("file.exportPackage.findings", String.valueOf(errors.size()),
                String.valueOf(explained(errors, explanations)), String.valueOf(warnings.size()),
                String.valueOf(explained(warnings, explanations)));
    }

    private static long explained(List<Finding> findings, Map<String, String> explanations) {
        return findings.stream().filter(f -> explanations.containsKey(SubmissionExport.findingKey(f))).count();
    }
}
