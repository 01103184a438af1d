package org.yusuan.workbench.app.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
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
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WorkbenchSession;
import org.yusuan.workbench.domain.budget.Project;

/** The project list at the window size a laptop gives: long project and unit names wrap, nothing is cut. */
@ExtendWith(ApplicationExtension.class)
class ProjectListTest {

    /** Opened before TestFX's setup (see {@link SampleWindow}). */
    private final WorkbenchSession session = SampleWindow.openSample("yusuan-project-list");

    @Start
    void start(Stage stage) {
        SampleWindow.show(stage, session, Page.Screen.PROJECTS);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void longNamesWrapInsteadOfBeingCut(FxRobot robot) throws Exception {
        ListView<Project> list = robot.lookup("#project-list").queryAs(ListView.class);
        // the sample's longest name, 长财政法[2022]57号提前下达2023年中央和省级政法转移支付资金(公安办案和自采装备),
        // and its longest unit, 山西省长治市公安局上党分局交通警察大队, are both wider than the list
        Project longest = list.getItems().stream()
                .max((a, b) -> Integer.compare(a.name().length(), b.name().length())).orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shownCells(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(list, shownCells(robot));

        robot.interact(() -> list.scrollTo(longest));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shownCells(robot).stream()
                .anyMatch(cell -> cell.getItem() == longest));
        WaitForAsyncUtils.waitForFxEvents();

        assertWhole(list, shownCells(robot));
        assertThat(robot.lookup("#project-list .scroll-bar").queryAll().stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL)
                .noneMatch(javafx.scene.Node::isVisible))
                .as("no horizontal scroll bar under the list").isTrue();
    }

    private static void assertWhole(ListView<Project> list, List<ListCell<Project>> cells) {
        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(((Text) cell.lookup(".text")).getText())
                .as("what the cell shows").isEqualTo(cell.getText()));
        assertThat(cells).allSatisfy(cell -> assertThat(cell.getWidth()).as("cell width")
                .isLessThanOrEqualTo(list.getWidth()));
        // A label cuts its wrapped text when it is shorter than the text's logical bounds: on GTK the
        // cells were sized by the (lower) vertical-centre bounds and showed one line and "…".
        assertThat(cells).allSatisfy(cell -> {
            Text logical = new Text(cell.getText());
            logical.setFont(cell.getFont());
            logical.setWrappingWidth(cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset());
            assertThat(cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset()).as("room for the text")
                    .isGreaterThanOrEqualTo(logical.getLayoutBounds().getHeight());
        });
    }

    @SuppressWarnings("unchecked")
    private static List<ListCell<Project>> shownCells(FxRobot robot) {
        return robot.lookup("#project-list .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && c.getItem() != null)
                .map(n -> (ListCell<Project>) n).toList();
    }
}
