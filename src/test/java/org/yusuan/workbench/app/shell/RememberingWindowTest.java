package org.yusuan.workbench.app.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.Messages;

/** The last page and the divider come back with their budget file, and only with it. */
@ExtendWith(ApplicationExtension.class)
class RememberingWindowTest {

    private static WorkbenchSession first;
    private static WorkbenchSession second;
    private static MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("yusuan-memory");
        first = WorkbenchSession.open(folder.resolve("first.mv.db"), true);
        second = WorkbenchSession.open(folder.resolve("second.mv.db"), true);
        window = new MainWindow(path -> { }, () -> { }, new BackgroundTasks(), new WindowMemory(new MemoryPreferences()));
        window.show(first);
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterAll
    static void closeSessions() {
        for (WorkbenchSession session : new WorkbenchSession[] {first, second}) {
            if (session != null) {
                session.close();
            }
        }
    }

    @Test
    void aFileReopensOnItsLastPageAndDividerAnotherFileDoesNot(FxRobot robot) throws Exception {
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        robot.interact(() -> {
            window.showPage(Page.Screen.CHARTS);
            split.setDividerPositions(0.3);
        });

        robot.interact(() -> window.show(second));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Messages.get("shell.nav.overview").equals(selected(robot)));
        // the default: a fifth of the window, or what the longest item's name needs (NavigationWidthTest)
        double least = robot.lookup("#navigation").queryAs(TreeView.class).getMinWidth() / split.getWidth();
        assertThat(split.getDividerPositions()[0]).isCloseTo(Math.max(0.2, least), within(0.02));

        robot.interact(() -> window.show(first));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Messages.get("shell.nav.charts").equals(selected(robot)));
        assertThat(split.getDividerPositions()[0]).isCloseTo(0.3, within(0.02));
    }

    private static String selected(FxRobot robot) {
        Object item = robot.lookup("#navigation").queryAs(TreeView.class).getSelectionModel().getSelectedItem();
        return item instanceof TreeItem<?> t ? String.valueOf(t.getValue()) : "";
    }
}
