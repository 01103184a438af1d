package org.yusuan.workbench.app.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.SampleWindow;
import org.yusuan.workbench.app.common.BackgroundTasks;

/**
 * The window reopens as it was closed (issue 10): size, position, divider and page come back with
 * the budget file. Each window is built and shown in the order the application uses (a new stage at
 * its first size, then {@link WindowPlacement#show}), on preferences held in memory.
 */
@ExtendWith(ApplicationExtension.class)
class ReopenAsClosedTest {

    private final WindowMemory memory = new WindowMemory(new MemoryPreferences());
    /** Opened before TestFX's setup (see {@link SampleWindow}). */
    private WorkbenchSession session = SampleWindow.openSample("yusuan-reopen");
    private final Path file = session.file();
    private Stage stage;
    private MainWindow window;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.close());
        session.close();
    }

    /** A new stage and main window on {@link #session}, as WorkbenchApplication builds them. */
    private void open(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            window = new MainWindow(p -> { }, () -> { }, new BackgroundTasks(), memory);
            stage.setScene(new Scene(window.root(), 1280, 800));
            stage.show();
            new WindowPlacement(stage, memory).show(window, session);
        });
    }

    private SplitPane split(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup(".split-pane").queryAs(SplitPane.class);
    }

    private String selectedPage(FxRobot robot) {
        Object item = robot.from(stage.getScene().getRoot()).lookup("#navigation").queryAs(TreeView.class)
                .getSelectionModel().getSelectedItem();
        return item instanceof TreeItem<?> t && t.getValue() instanceof NavigationItem n && n.page() != null ? n.page().key() : "";
    }

    @Test
    void sizePositionDividerAndPageComeBackWithTheFile(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            stage.setX(60);
            stage.setY(40);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == 1000);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.showPage(Page.Screen.AUDIT));
        robot.interact(() -> split(robot).setDividerPositions(0.35));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(memory.divider(file)).hasValueCloseTo(0.35, within(0.01));

        // closed: the window, then the file
        robot.interact(() -> stage.close());
        session.close();

        session = WorkbenchSession.open(file, false);
        open(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getWidth() == 1000 && stage.getHeight() == 700
                && stage.getScene().getWidth() == 1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getX()).isEqualTo(60);
        assertThat(stage.getY()).isEqualTo(40);
        assertThat(selectedPage(robot)).isEqualTo("audit");
        assertThat(split(robot).getDividerPositions()[0]).isCloseTo(0.35, within(0.01));
    }
}
