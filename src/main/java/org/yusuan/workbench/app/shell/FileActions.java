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
