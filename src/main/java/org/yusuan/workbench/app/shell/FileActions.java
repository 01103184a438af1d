package org.yusuan.workbench.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.yusuan.workbench.app.BackgroundTasks;
import org.yusuan.workbench.app.WorkbenchSession;
import org.yusuan.workbench.app.export.BookletPreview;
import org.yusuan.workbench.app.export.ExportTasks;
import org.yusuan.workbench.app.export.ProgressDialog;
import org.yusuan.workbench.report.booklet.BookletOptions;

/**
 * 文件 menu work on the open budget: exports (booklet, draft, xlsx), the print preview and a backup
 * copy. Everything long runs on the background executor behind a cancellable progress dialog.
 */
final class FileActions {

    private final Supplier<Window> owner;
    private final BackgroundTasks background;
    private WorkbenchSession session;

    FileActions(Supplier<Window> owner, BackgroundTasks background) {
        this.owner = owner;
        this.background = background;
    }

    void use(WorkbenchSession session) {
        this.session = session;
    }

    void exportBooklet(boolean draft) {
        session.workspace().ifPresent(ws -> choose("导出《部门预算公开》", ws.budget().department().name()
                + ws.budget().department().budgetYear() + "年度部门预算公开" + (draft ? "（草稿）" : "") + ".pdf", "PDF 文件", "*.pdf")
                .ifPresent(target -> run("导出《部门预算公开》", ExportTasks.booklet(ws.budget(), ws.chart(), target,
                        draft ? BookletOptions.draft(BookletOptions.DEFAULT_WATERMARK) : BookletOptions.FINAL))));
    }

    void exportTables() {
        session.workspace().ifPresent(ws -> choose("导出预算公开表", ws.budget().department().name() + "预算公开表.xlsx",
                "Excel 工作簿", "*.xlsx")
                .ifPresent(target -> run("导出预算公开表", ExportTasks.tablesWorkbook(ws.live().tables().all(), target))));
    }

    void preview() {
        session.workspace().ifPresent(ws -> {
            Task<Integer> task = BookletPreview.open(owner.get(), ws.budget(), ws.chart());
            task.setOnFailed(e -> error("无法生成打印预览", task.getException()));
            ProgressDialog.show(owner.get(), "打印预览", task);
            background.submit(task);
        });
    }

    /**
     * 导入基础数据工作簿: replaces the whole budget after the accountant confirms; every problem is
     * listed and nothing is stored if the workbook has any. {@code reopen} shows the imported budget.
     */
    void importWorkbook(Runnable reopen) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("导入基础数据工作簿");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel 工作簿", "*.xlsx", "*.xls"));
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "导入将用工作簿「" + chosen.getName()
                + "」替换当前预算的全部数据（科目目录保留）。建议先“保存副本”。确定导入吗？");
        confirm.setHeaderText("导入基础数据工作簿");
        confirm.initOwner(owner.get());
        if (confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isEmpty()) {
            return;
        }
        Task<java.util.List<org.yusuan.workbench.exchange.workbook.ImportProblem>> task = new Task<>() {
            @Override
            protected java.util.List<org.yusuan.workbench.exchange.workbook.ImportProblem> call() throws Exception {
                updateMessage("正在读取并检查「" + chosen.getName() + "」……");
                var source = org.yusuan.workbench.exchange.sheet.XlsxWorkbook.read(chosen.toPath());
                if (isCancelled()) {
                    return java.util.List.of();
                }
                updateMessage("正在导入……");
                return org.yusuan.workbench.service.WorkbookImport.run(session.database(), source);
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue().isEmpty()) {
                reopen.run();
            } else {
                showProblems("工作簿「" + chosen.getName() + "」导入", task.getValue());
            }
        });
        task.setOnFailed(e -> error("导入失败", task.getException()));
        ProgressDialog.show(owner.get(), "导入基础数据工作簿", task);
        background.submit(task);
    }

    private void showProblems(String book, java.util.List<org.yusuan.workbench.exchange.workbook.ImportProblem> problems) {
        javafx.scene.control.TextArea list = new javafx.scene.control.TextArea(String.join("\n",
                problems.stream().map(org.yusuan.workbench.exchange.workbook.ImportProblem::message).toList()));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(760, 360);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(book + "未完成：发现 " + problems.size() + " 处错误，没有保存任何内容。");
        alert.getDialogPane().setContent(list);
        alert.initOwner(owner.get());
        alert.show();
    }

    /**
     * 新建预算: asks for the department and its 本级 unit, then a new file; the facts are checked like
     * an import (every problem listed, no file left behind) and the new budget is opened.
     */
    void newBudget(java.util.function.Consumer<Path> open) {
        javafx.scene.control.Dialog<org.yusuan.workbench.service.NewBudget.Start> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle("新建预算");
        dialog.setHeaderText("填写部门和本级单位，其余内容新建后在各页录入或导入。");
        dialog.initOwner(owner.get());
        javafx.scene.control.TextField code = new javafx.scene.control.TextField();
        javafx.scene.control.TextField name = new javafx.scene.control.TextField();
        javafx.scene.control.TextField year = new javafx.scene.control.TextField(String.valueOf(java.time.Year.now().getValue() + 1));
        javafx.scene.control.TextField unitCode = new javafx.scene.control.TextField();
        javafx.scene.control.TextField unitName = new javafx.scene.control.TextField();
        javafx.scene.control.ComboBox<String> type = new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections
                .observableArrayList(java.util.Arrays.stream(org.yusuan.workbench.domain.budget.UnitType.values())
                        .map(org.yusuan.workbench.domain.budget.UnitType::label).toList()));
        type.getSelectionModel().selectFirst();
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new javafx.scene.control.Label("部门编码"), code);
        grid.addRow(1, new javafx.scene.control.Label("部门名称"), name);
        grid.addRow(2, new javafx.scene.control.Label("预算年度"), year);
        grid.addRow(3, new javafx.scene.control.Label("本级单位编码"), unitCode);
        grid.addRow(4, new javafx.scene.control.Label("本级单位名称"), unitName);
        grid.addRow(5, new javafx.scene.control.Label("单位类型"), type);
        name.textProperty().addListener((o, was, now) -> {
            if (unitName.getText().isEmpty() || unitName.getText().equals(was)) {
                unitName.setText(now);
            }
        });
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK
                ? new org.yusuan.workbench.service.NewBudget.Start(code.getText(), name.getText(), year.getText(),
                        unitCode.getText(), unitName.getText(), type.getValue())
                : null);
        dialog.showAndWait().ifPresent(start -> choose("新建预算文件", start.departmentName() + start.year() + "年度预算.mv.db",
                "预算文件", "*.mv.db").ifPresent(target -> create(start, target, open)));
    }

    private void create(org.yusuan.workbench.service.NewBudget.Start start, Path target, java.util.function.Consumer<Path> open) {
        if (org.yusuan.workbench.store.BudgetDatabase.exists(target)) {
            error("无法新建预算", new java.io.IOException("文件「" + target.getFileName() + "」已存在，请换一个文件名"));
            return;
        }
        java.util.List<org.yusuan.workbench.exchange.workbook.ImportProblem> problems;
        try (var db = org.yusuan.workbench.store.BudgetDatabase.open(target)) {
            problems = org.yusuan.workbench.service.NewBudget.create(db, start);
        }
        if (problems.isEmpty()) {
            open.accept(target);
            return;
        }
        try {
            java.nio.file.Files.deleteIfExists(org.yusuan.workbench.store.BudgetDatabase.normalize(target));
        } catch (java.io.IOException ignored) {
            // an empty file left behind holds no budget; opening it later says so
        }
        showProblems("新建预算", problems);
    }

    void saveCopy() {
        choose("保存副本（备份）", "预算备份.mv.db", "预算文件", "*.mv.db").ifPresent(target -> {
            Task<Path> task = new Task<>() {
                @Override
                protected Path call() throws Exception {
                    updateMessage("正在保存副本……");
                    session.database().backupTo(target);
                    return target;
                }
            };
            run("保存副本", task);
        });
    }

    private void run(String title, Task<Path> task) {
        task.setOnSucceeded(e -> {
            if (task.getValue() != null) {
                Alert done = new Alert(Alert.AlertType.INFORMATION, "已保存：" + task.getValue());
                done.setHeaderText(title + "完成");
                done.initOwner(owner.get());
                done.show();
            }
        });
        task.setOnFailed(e -> error(title + "失败", task.getException()));
        ProgressDialog.show(owner.get(), title, task);
        background.submit(task);
    }

    private void error(String header, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR, cause == null ? "" : cause.getMessage());
        alert.setHeaderText(header);
        alert.initOwner(owner.get());
        alert.show();
    }

    private Optional<Path> choose(String title, String suggested, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }
}
