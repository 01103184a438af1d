package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.DialogService;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.export.ProgressDialog;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.service.Edit;
import org.yusuan.workbench.service.SigningKeys;
import org.yusuan.workbench.service.SubmissionExport;

/**
 * 文件 → 导出报送数据包: the stage, 区划 and booklet ({@link PackageExportDialog}), the file, then the export
 * off the FX thread with its steps shown. The
 * audit runs first inside the export; when it finds errors nothing is written and they are listed with
 * the question whether to send them anyway — only an explicit 仍然导出 exports, and the errors travel
 * inside the package.
 */
final class PackageExportAction {

    /** The save dialog of {@link FileActions}, which remembers the folder per budget file. */
    interface Chooser {
        Optional<Path> choose(String title, String suggested, String description, String pattern);
    }

    private final Supplier<Window> owner;
    private final DialogService dialogs;
    private final BackgroundTasks background;
    private final Chooser chooser;

    PackageExportAction(Supplier<Window> owner, DialogService dialogs, BackgroundTasks background, Chooser chooser) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.background = background;
        this.chooser = chooser;
    }

    void start(WorkbenchSession session) {
        session.workspace().ifPresent(ws -> PackageExportDialog.ask(owner.get(), ws).ifPresent(choice -> {
            var department = ws.budget().department();
            if (!choice.divisionCode().equals(department.divisionCode())) {
                // Entered once: the 区划 is the department's and is kept in the file for the next package.
                ws.apply(new Edit.DepartmentChange(Messages.get("dept.edit.divisionCode"), department,
                        department.withDivisionCode(choice.divisionCode())));
            }
            chooser.choose(title(), Messages.get("file.exportPackage.fileName", department.name(),
                            String.valueOf(department.budgetYear()), choice.stage()),
                    Messages.get("file.filter.package"), "*.yspkg")
                    .ifPresent(target -> export(session, target, choice, false));
        }));
    }

    private void export(WorkbenchSession session, Path target, PackageExportDialog.Choice choice,
                        boolean acceptErrors) {
        var options = new SubmissionExport.Options(choice.stage(), choice.divisionCode(), null, choice.withBooklet(),
                acceptErrors, Map.of());
        Task<SubmissionExport.Outcome> task = new Task<>() {
            @Override
            protected SubmissionExport.Outcome call() throws Exception {
                updateProgress(-1, 1);
                return session.budgetFile().exportPackage(target, options, SigningKeys.ofUser(), step -> {
                    // Cancelled before the package is written: stop there, so a cancel leaves no package. Once
                    // the package is written its cover letter follows, or the package would go without it.
                    if (isCancelled() && step != SubmissionExport.Step.COVER_LETTER) {
                        throw new java.util.concurrent.CancellationException();
                    }
                    updateMessage(message(step));
                }).orElseThrow();
            }
        };
        task.setOnSucceeded(e -> {
            var outcome = task.getValue();
            if (outcome.written().isEmpty()) {
                if (askToSendErrors(outcome)) {
                    export(session, target, choice, true);
                }
                return;
            }
            var written = outcome.written().get();
            dialogs.inform(Messages.get("file.done", title()), Messages.get("file.exportPackage.saved", target,
                    written.coverLetter(), written.signerFingerprint()));
        });
        task.setOnFailed(e -> dialogs.error(Messages.get("file.failed", title()),
                task.getException() == null ? "" : task.getException().getMessage()));
        ProgressDialog.show(owner.get(), title(), task);
        background.submit(task);
    }

    private boolean askToSendErrors(SubmissionExport.Outcome outcome) {
        var errors = outcome.audit().of(Severity.ERROR);
        StringBuilder text = new StringBuilder();
        errors.forEach(f -> text.append(Messages.get("file.exportPackage.errorLine", f.title(), f.message(),
                f.ref().describe())).append('\n'));
        text.append('\n').append(Messages.get("file.exportPackage.errorsTravel"));
        return dialogs.ask("package-errors", title(), Messages.get("file.exportPackage.errorsHeader",
                        String.valueOf(errors.size())), text.toString(),
                Messages.get("file.exportPackage.exportAnyway"), Messages.get("export.cancel"));
    }

    private static String message(SubmissionExport.Step step) {
        return switch (step) {
            case AUDIT -> Messages.get("file.exportPackage.audit");
            case TABLES -> Messages.get("file.exportPackage.tables");
            case BOOKLET -> Messages.get("file.exportPackage.booklet");
            case SIGN -> Messages.get("file.exportPackage.sign");
            case WRITE -> Messages.get("file.exportPackage.write");
            case COVER_LETTER -> Messages.get("file.exportPackage.coverLetter");
        };
    }

    private static String title() {
        return Messages.get("file.exportPackage.title");
    }
}
