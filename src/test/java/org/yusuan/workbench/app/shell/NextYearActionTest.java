package org.yusuan.workbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.service.BudgetFile;
import org.yusuan.workbench.service.BudgetFiles;

/**
 * 文件 → 由上年预算新建 on the sample, headless: made from the file the workstation has open (read
 * through the session, since a second connection could not open it), the report shown, the new file
 * opened. The two file dialogs are the one thing skipped (a native dialog cannot be driven headless).
 */
@ExtendWith(ApplicationExtension.class)
class NextYearActionTest {

    private static Path folder;
    private static WorkbenchSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("yusuan-next-year");
        session = WorkbenchSession.open(folder.resolve("2023.mv.db"), true);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theOpenFileBecomesNextYearsBudgetWhichIsOpenedWithTheReport(FxRobot robot) throws Exception {
        FileActions actions = new FileActions(() -> stage, new BackgroundTasks(), new WindowMemory(new MemoryPreferences()));
        actions.use(session);
        AtomicReference<Path> opened = new AtomicReference<>();
        Path target = folder.resolve("2024.mv.db");

        Platform.runLater(() -> actions.createNextYear(session.file(), target, opened::set));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#next-year-report").tryQuery().isPresent());
        DialogPane report = robot.lookup("#next-year-report").queryAs(DialogPane.class);
        assertThat(report.getHeaderText()).contains("已新建 2024 年度预算");
        assertThat(((TextArea) report.getContent()).getText()).contains("上年数已按 2023 年度预算", "收入总计：",
                "项目期已结束、未带入的项目 21 个", "沿用 2023 年度科目目录");
        assertThat(opened.get()).isEqualTo(target.toAbsolutePath());
        assertThat(session.budget().orElseThrow().department().budgetYear()).as("the open file is unchanged")
                .isEqualTo(2023);
        try (BudgetFile made = new BudgetFiles().open(target)) {
            assertThat(made.budget().orElseThrow().department().budgetYear()).isEqualTo(2024);
        }
    }

    @Test
    void theFileMenuOffersIt(FxRobot robot) {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(new MainWindow(p -> { }, () -> { }, new BackgroundTasks(),
                new WindowMemory(new MemoryPreferences()))));
        MenuBar bar = robot.from(window.get().root()).lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);

        assertThat(file.getItems()).extracting(MenuItem::getText).contains("新建预算…", "由上年预算新建…");
        assertThat(file.getItems().stream().map(MenuItem::getText).toList().indexOf("由上年预算新建…"))
                .isEqualTo(1);
    }
}
