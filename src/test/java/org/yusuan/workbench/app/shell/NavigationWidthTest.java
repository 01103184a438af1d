package org.yusuan.workbench.app.shell;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.SampleWindow;
import org.yusuan.workbench.app.WorkbenchLook;
import org.yusuan.workbench.app.common.BackgroundTasks;

/**
 * The navigation never cuts its items' names (issue 10): not when the divider is dragged as far left
 * as it goes, and not when a budget file reopens with a divider remembered narrower than that.
 */
@ExtendWith(ApplicationExtension.class)
class NavigationWidthTest {

    private final WindowMemory memory = new WindowMemory(new MemoryPreferences());
    /** Opened before TestFX's setup (see {@link SampleWindow}). */
    private final WorkbenchSession session = SampleWindow.openSample("yusuan-navwidth");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WorkbenchLook.install(); // the bundled font, in which the names are measured and shown
        memory.rememberDivider(session.file(), 0.02);
        window = new MainWindow(p -> { }, () -> { }, new BackgroundTasks(), memory);
        Scene scene = new Scene(window.root(), 1000, 700);
        WorkbenchLook.addStylesheet(scene);
        stage.setScene(scene);
        stage.show();
        window.show(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /**
     * The names the tree shows cut: ending in "…", or running past the right edge of what the tree
     * shows (a tree too narrow for a cell scrolls it sideways rather than shortening the text).
     */
    private static List<String> cutNames(FxRobot robot) {
        Node shownArea = robot.lookup("#navigation .clipped-container").query();
        double right = shownArea.localToScene(shownArea.getLayoutBounds()).getMaxX();
        return robot.lookup("#navigation .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(cell -> !cell.isEmpty() && cell.getText() != null)
                .filter(cell -> !(cell.lookup(".text") instanceof Text text) || !cell.getText().equals(text.getText())
                        || text.localToScene(text.getLayoutBounds()).getMaxX() > right + 0.5)
                .map(cell -> cell.getText() + (cell.lookup(".text") instanceof Text t ? " (shown: " + t.getText() + ", right edge "
                        + t.localToScene(t.getLayoutBounds()).getMaxX() + " > " + right + ")" : ""))
                .toList();
    }

    private static void waitForLayout(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#navigation").queryAs(javafx.scene.Parent.class).isNeedsLayout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRememberedNarrowDividerAndADragToTheLeftCutNoName(FxRobot robot) throws Exception {
        waitForLayout(robot);
        assertThat(robot.lookup("#navigation .tree-cell").queryAll()).as("the tree shows its items").hasSizeGreaterThan(10);
        assertThat(cutNames(robot)).as("names cut after reopening at a narrow divider").isEmpty();

        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.0));
        waitForLayout(robot);
        assertThat(cutNames(robot)).as("names cut after moving the divider to the left").isEmpty();
        assertThat(memory.divider(session.file()).orElseThrow() * split.getWidth())
                .as("what is remembered is what is shown").isGreaterThan(200);
    }
}
