package org.yusuan.workbench.app.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.DialogService;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.export.BookletPreview;
import org.yusuan.workbench.app.export.ExportTasks;
import org.yusuan.workbench.app.export.ProgressDialog;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.NewBudget;
import org.yusuan.workbench.service.NextYearReport;
import org.yusuan.workbench.service.WordingEdits;
import org.yusuan.workbench.service.wording.WordingTemplates;

/**
 * 文件 menu work on the open budget: exports (booklet, draft, xlsx), the print preview and a backup
 * copy. Everything long runs on the background executor behind a cancellable progress dialog.
 */
final class FileActions {

    private final Supplier<Window> owner;
    private final DialogService dialogs;
    private final BackgroundTasks background;
    private final WindowMemory memory;
    private WorkbenchSession session;

    FileActions(Supplier<Window> owner, BackgroundTasks background, WindowMemory memory) {
        this.owner = owner;
        this.dialogs = new DialogService(owner);
        this.background = background;
        this.memory = memory;
    }

    void use(WorkbenchSession session) {
        this.session = session;
    }

    /** Exports the booklet: {@link BookletOptions#FINAL}, {@link BookletOptions#ARCHIVAL} or a draft. */
    void exportBooklet(BookletOptions options) {
        String suffix = options.draft() ? Messages.get("file.exportBooklet.draft")
                : options.archival() ? Messages.get("file.exportBooklet.archival") : "";
        session.workspace().ifPresent(ws -> choose(Messages.get("file.exportBooklet.title"),
                Messages.get("file.exportBooklet.fileName", ws.budget().department().name(),
                        String.valueOf(ws.budget().department().budgetYear()), suffix),
                Messages.get("file.filter.pdf"), "*.pdf")
                .ifPresent(target -> run(Messages.get("file.exportBooklet.title"),
                        ExportTasks.booklet(ws.budget(), ws.chart(), ws.storedWording(), target, options))));
    }

    void exportTables() {
        session.workspace().ifPresent(ws -> choose(Messages.get("file.exportTables.title"),
                Messages.get("file.exportTables.fileName", ws.budget().department().name()),
                Messages.get("file.filter.excel"), "*.xlsx")
                .ifPresent(target -> run(Messages.get("file.exportTables.title"), ExportTasks.tablesWorkbook(ws, target))));
    }

    /** 导出报送数据包: see {@link PackageExportAction}. */
    void exportPackage() {
        new PackageExportAction(owner, dialogs, background, this::choose).start(session);
    }

    void preview() {
        session.workspace().ifPresent(ws -> {
            // The preview shows its own progress: a progress dialog beside a modal window could not be used.
            Task<Integer> task = BookletPreview.open(owner.get(), ws.budget(), ws.chart(), ws.storedWording(), background);
            task.setOnFailed(e -> error(Messages.get("file.preview.failed"), task.getException()));
            background.submit(task);
        });
    }

    /**
     * 导入基础数据工作簿: replaces the whole budget after the accountant confirms; every problem is
     * listed and nothing is stored if the workbook has any. {@code reopen} shows the imported budget.
     */
    void importWorkbook(Runnable reopen) {
        FileChooser chooser = startingInTheBudgetFolder(new FileChooser());
        chooser.setTitle(Messages.get("file.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter.excel"), "*.xlsx", "*.xls"));
        File chosen = remembered(chooser.showOpenDialog(owner.get()));
        if (chosen == null) {
            return;
        }
        if (!dialogs.confirm(Messages.get("file.import.title"), Messages.get("file.import.confirm", chosen.getName()))) {
            return;
        }
        Task<List<ImportProblem>> task = new Task<>() {
            @Override
            protected List<ImportProblem> call() throws Exception {
                updateMessage(Messages.get("file.import.reading", chosen.getName()));
                return session.budgetFile().importBook(chosen.toPath(), () -> {
                    updateMessage(Messages.get("file.import.importing"));
                    return !isCancelled();
                });
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue().isEmpty()) {
                reopen.run();
            } else {
                showProblems(Messages.get("file.import.book", chosen.getName()), task.getValue());
            }
        });
        task.setOnFailed(e -> error(Messages.get("file.import.failed"), task.getException()));
        ProgressDialog.show(owner.get(), Messages.get("file.import.title"), task);
        background.submit(task);
    }

    private void showProblems(String book, List<ImportProblem> problems) {
        dialogs.problems(Messages.get("file.problems", book, String.valueOf(problems.size())),
                problems.stream().map(ImportProblem::message).toList());
    }

    /**
     * 新建预算: asks for the department and its 本级 unit, then a new file; the facts are checked like
     * an import (every problem listed, no file left behind) and the new budget is opened.
     */
    void newBudget(Consumer<Path> open) {
        Dialog<NewBudget.Start> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("file.new.title"));
        dialog.setHeaderText(Messages.get("file.new.header"));
        dialog.initOwner(owner.get());
        TextField code = new TextField();
        TextField name = new TextField();
        TextField year = new TextField(String.valueOf(Year.now().getValue() + 1));
        TextField unitCode = new TextField();
        TextField unitName = new TextField();
        ComboBox<String> type = new ComboBox<>(FXCollections
                .observableArrayList(Arrays.stream(UnitType.values())
                        .map(UnitType::label).toList()));
        type.getSelectionModel().selectFirst();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("file.new.departmentCode")), code);
        grid.addRow(1, new Label(Messages.get("file.new.departmentName")), name);
        grid.addRow(2, new Label(Messages.get("file.new.budgetYear")), year);
        grid.addRow(3, new Label(Messages.get("file.new.unitCode")), unitCode);
        grid.addRow(4, new Label(Messages.get("file.new.unitName")), unitName);
        grid.addRow(5, new Label(Messages.get("file.new.unitType")), type);
        javafx.scene.control.CheckBox single = new javafx.scene.control.CheckBox(Messages.get("file.new.singleUnit"));
        single.setId("new-single-unit");
        grid.add(single, 1, 6);
        name.textProperty().addListener((o, was, now) -> {
            if (unitName.getText().isEmpty() || unitName.getText().equals(was)) {
                unitName.setText(now);
            }
        });
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK,
                ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new NewBudget.Start(code.getText(), name.getText(), year.getText(),
                        unitCode.getText(), unitName.getText(), type.getValue())
                : null);
        dialog.showAndWait().ifPresent(start -> choose(Messages.get("file.new.chooserTitle"),
                Messages.get("file.new.fileName", start.departmentName(), start.year()),
                Messages.get("file.filter.budget"), "*.mv.db").ifPresent(target -> create(start, target, open,
                single.isSelected() ? WordingTemplates.Variant.UNIT : WordingTemplates.Variant.DEPARTMENT)));
    }

    private void create(NewBudget.Start start, Path target, Consumer<Path> open, WordingTemplates.Variant variant) {
        if (WorkbenchSession.exists(target)) {
            error(Messages.get("file.new.failed"), new IOException(Messages.get("file.new.exists", target.getFileName())));
            return;
        }
        List<ImportProblem> problems = WorkbenchSession.FILES.createStarted(target, start, variant);
        if (problems.isEmpty()) {
            open.accept(target);
            return;
        }
        showProblems(Messages.get("file.new.title"), problems);
    }

    /**
     * 由上年预算新建: last year's file (the open one, or another), then the new file's path; the new
     * budget is made on the background executor, the report shown and the new file opened. Last
     * year's file is only read; a refusal (the new file exists, …) leaves no file and is said in words.
     */
    void nextYear(Consumer<Path> open) {
        FileChooser chooser = startingInTheBudgetFolder(new FileChooser());
        chooser.setTitle(Messages.get("file.nextYear.fromTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter.budget"), "*.mv.db"));
        File chosen = remembered(chooser.showOpenDialog(owner.get()));
        if (chosen == null) {
            return;
        }
        // From the open budget the new file's name is known (部门 and year); from another file it is not yet read.
        String suggested = isOpen(chosen.toPath()) ? session.budget().map(b -> Messages.get("file.new.fileName",
                b.department().name(), String.valueOf(b.department().budgetYear() + 1)))
                .orElse(Messages.get("file.nextYear.fileName")) : Messages.get("file.nextYear.fileName");
        choose(Messages.get("file.nextYear.toTitle"), suggested, Messages.get("file.filter.budget"), "*.mv.db")
                .ifPresent(target -> createNextYear(chosen.toPath(), target, open));
    }

    /** Makes {@code target} from {@code from} in the background; then opens it and shows the report. */
    void createNextYear(Path from, Path target, Consumer<Path> open) {
        boolean fromOpenFile = isOpen(from);
        Task<NextYearReport> task = new Task<>() {
            @Override
            protected NextYearReport call() {
                updateMessage(Messages.get("file.nextYear.making"));
                // The open file cannot be opened a second time: it is read through the session.
                return fromOpenFile ? session.budgetFile().createNextYear(target)
                        : WorkbenchSession.FILES.createNextYear(from, target);
            }
        };
        task.setOnSucceeded(e -> {
            open.accept(task.getValue().to());
            showReport(task.getValue());
        });
        task.setOnFailed(e -> error(Messages.get("file.nextYear.failed"), task.getException()));
        ProgressDialog.show(owner.get(), Messages.get("file.nextYear.title"), task);
        background.submit(task);
    }

    private boolean isOpen(Path file) {
        return session != null && WorkbenchSession.FILES.onDisk(file).toAbsolutePath()
                .equals(WorkbenchSession.FILES.onDisk(session.file()).toAbsolutePath());
    }

    private void showReport(NextYearReport report) {
        TextArea list = new TextArea(String.join("\n", report.sentences()));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(760, 420);
        Alert alert = dialogs.box(Alert.AlertType.INFORMATION, Messages.get("file.nextYear.done",
                String.valueOf(report.toYear())), "");
        alert.setTitle(Messages.get("file.nextYear.title"));
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("next-year-report");
        alert.show();
    }

    /** 文件 → 导出文本与标题模板: the budget's wording as a template file other units can import. */
    void exportWording() {
        Optional<BudgetWorkspace> ws = session == null ? Optional.empty() : session.workspace();
        ws.ifPresent(w -> choose(Messages.get("file.wording.exportTitle"), Messages.get("file.wording.fileName"),
                Messages.get("file.filter.wording"), "*.txt").ifPresent(target -> {
            try {
                WordingEdits.exportFile(w, target);
                dialogs.inform(Messages.get("file.wording.exportTitle"), Messages.get("file.saved", target));
            } catch (IOException e) {
                dialogs.error(Messages.get("file.wording.exportTitle"), e.getMessage());
            }
        }));
    }

    /** 文件 → 导入文本与标题模板: a template file's texts, all or nothing, as one undoable edit. */
    void importWording() {
        Optional<BudgetWorkspace> ws = session == null ? Optional.empty() : session.workspace();
        if (ws.isEmpty()) {
            return;
        }
        FileChooser chooser = startingInTheBudgetFolder(new FileChooser());
        chooser.setTitle(Messages.get("file.wording.importTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter.wording"), "*.txt"));
        File chosen = remembered(chooser.showOpenDialog(owner.get()));
        if (chosen == null) {
            return;
        }
        try {
            List<String> problems = WordingEdits.importFile(ws.get(), chosen.toPath());
            if (problems.isEmpty()) {
                dialogs.inform(Messages.get("file.wording.importTitle"), Messages.get("file.wording.imported", chosen.getName()));
            } else {
                dialogs.problems(Messages.get("file.wording.refused", chosen.getName()), problems);
            }
        } catch (IOException e) {
            dialogs.error(Messages.get("file.wording.importTitle"), e.getMessage());
        }
    }

    void saveCopy() {
        choose(Messages.get("file.saveCopy.chooserTitle"), Messages.get("file.saveCopy.fileName"),
                Messages.get("file.filter.budget"), "*.mv.db").ifPresent(target -> {
            Task<Path> task = new Task<>() {
                @Override
                protected Path call() throws Exception {
                    updateMessage(Messages.get("file.saveCopy.saving"));
                    session.budgetFile().backupTo(target);
                    return target;
                }
            };
            run(Messages.get("file.saveCopy.title"), task);
        });
    }

    private void run(String title, Task<Path> task) {
        task.setOnSucceeded(e -> {
            if (task.getValue() != null) {
                dialogs.inform(Messages.get("file.done", title), Messages.get("file.saved", task.getValue()));
            }
        });
        task.setOnFailed(e -> error(Messages.get("file.failed", title), task.getException()));
        ProgressDialog.show(owner.get(), title, task);
        background.submit(task);
    }

    private void error(String header, Throwable cause) {
        dialogs.error(header, cause == null ? "" : cause.getMessage());
    }

    /** 打开: the budget file the accountant chooses. */
    Optional<Path> chooseBudget() {
        FileChooser chooser = startingInTheBudgetFolder(new FileChooser());
        chooser.setTitle(Messages.get("fileChooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("fileChooser.filter"), "*.mv.db"));
        return Optional.ofNullable(remembered(chooser.showOpenDialog(owner.get()))).map(File::toPath);
    }

    /**
     * Points {@code chooser} at the folder last used for this budget file, or the file's own folder:
     * otherwise it starts wherever the program was launched from.
     */
    FileChooser startingInTheBudgetFolder(FileChooser chooser) {
        Path file = budgetFile();
        WindowMemory.initialFolder(file, memory.folder(file)).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** Keeps the folder of {@code chosen} (null: the dialog was cancelled) for the next dialog; returns it. */
    File remembered(File chosen) {
        if (chosen != null && chosen.getParentFile() != null) {
            memory.rememberFolder(budgetFile(), chosen.getParentFile().toPath());
        }
        return chosen;
    }

    private Path budgetFile() {
        return session == null ? null : session.file();
    }

    private Optional<Path> choose(String title, String suggested, String description, String pattern) {
        FileChooser chooser = startingInTheBudgetFolder(new FileChooser());
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return Optional.ofNullable(remembered(chooser.showSaveDialog(owner.get()))).map(File::toPath);
    }
}
