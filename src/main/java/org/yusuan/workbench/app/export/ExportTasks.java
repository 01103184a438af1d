package org.yusuan.workbench.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.concurrent.Task;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.service.BookletExport;
import org.yusuan.workbench.service.TablesWorkbookExport;

/**
 * Exports of the budget as it stands, as cancellable tasks. Each writes a temporary file and moves
 * it into place only if not cancelled, so a cancelled export leaves the target untouched.
 */
public final class ExportTasks {

    private ExportTasks() {
    }

    public static Task<Path> booklet(Budget budget, ChartOfAccounts chart, Path target, BookletOptions options) {
        return booklet(budget, chart, org.yusuan.workbench.domain.publication.Wording.NONE, target, options);
    }

    /** The booklet in the file's wording (文本与标题). */
    public static Task<Path> booklet(Budget budget, ChartOfAccounts chart,
                                     org.yusuan.workbench.domain.publication.Wording wording, Path target,
                                     BookletOptions options) {
        return new WriteTask(target, Messages.get("export.booklet"),
                temp -> BookletExport.write(budget, chart, wording, temp, options));
    }

    public static Task<Path> tablesWorkbook(java.util.List<org.yusuan.workbench.calc.table.DisclosureTable> tables,
                                            Path target) {
        return new WriteTask(target, Messages.get("export.tables"), temp -> TablesWorkbookExport.write(tables, temp));
    }

    /** The current tables as a workbook, in the file's wording (部门名称 / 单位名称 above each table). */
    public static Task<Path> tablesWorkbook(org.yusuan.workbench.service.BudgetWorkspace workspace, Path target) {
        var tables = workspace.tables();
        String line = TablesWorkbookExport.departmentLine(workspace);
        return new WriteTask(target, Messages.get("export.tables"), temp -> TablesWorkbookExport.write(tables, line, temp));
    }

    /** Writes a file somewhere else first. */
    interface Writer {
        void write(Path temporary) throws IOException;
    }

    private static final class WriteTask extends Task<Path> {
        private final Path target;
        private final String message;
        private final Writer writer;

        WriteTask(Path target, String message, Writer writer) {
            this.target = target;
            this.message = message;
            this.writer = writer;
        }

        @Override
        protected Path call() throws IOException {
            updateMessage(message);
            updateProgress(-1, 1);
            String name = target.getFileName().toString();
            Path temporary = Files.createTempFile("yusuan-export", name.substring(Math.max(0, name.lastIndexOf('.'))));
            try {
                writer.write(temporary);
                if (isCancelled()) {
                    return null;
                }
                updateMessage(Messages.get("export.savingTo", target));
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                updateProgress(1, 1);
                return target;
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
