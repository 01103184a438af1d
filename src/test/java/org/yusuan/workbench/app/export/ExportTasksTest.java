package org.yusuan.workbench.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.publication.BookletOptions;

/** The workstation's exports and preview run as tasks: they write real files, and a cancel writes none. */
@ExtendWith(ApplicationExtension.class)
class ExportTasksTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theBookletExportWritesTheWholeBookletWithItsForms() throws Exception {
        Path target = dir.resolve("公开.pdf");
        Task<Path> task = ExportTasks.booklet(SampleFixture.budget(), SampleFixture.CHART, target, BookletOptions.FINAL);
        task.run();
        assertThat(task.get()).isEqualTo(target);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(29 + 28);
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path target = dir.resolve("cancelled.xlsx");
        Task<Path> task = ExportTasks.tablesWorkbook(DisclosureTables.derive(SampleFixture.budget(), SampleFixture.CHART),
                target);
        task.cancel();
        task.run();
        assertThat(target).doesNotExist();
    }

    @Test
    void theTablesWorkbookHasThirteenSheets() throws Exception {
        Path target = dir.resolve("表.xlsx");
        Task<Path> task = ExportTasks.tablesWorkbook(DisclosureTables.derive(SampleFixture.budget(), SampleFixture.CHART),
                target);
        task.run();
        try (var in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(13);
        }
    }

    @Test
    void thePreviewRendersEveryPage(FxRobot robot) throws Exception {
        AtomicReference<Task<Integer>> preview = new AtomicReference<>();
        robot.interact(() -> preview.set(BookletPreview.open(stage, SampleFixture.budget(), SampleFixture.CHART, new org.yusuan.workbench.app.common.BackgroundTasks())));
        Task<Integer> task = preview.get();
        task.run();
        assertThat(task.get()).isGreaterThanOrEqualTo(57);
    }
}
