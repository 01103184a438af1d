package org.yusuan.workbench.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import org.yusuan.workbench.domain.narrative.StateAsset;

/** 情况说明输入's 国有资产 grid: an item of one's own named in the last row, then counted in its unit. */
@ExtendWith(ApplicationExtension.class)
class AssetGridTest {

    private static final int NAME = 0;
    private static final int COUNT = 1;
    private static final int UNIT = 2;

    private final WorkbenchSession session = SampleWindow.openSample("yusuan-asset-grid");

    @Start
    void start(Stage stage) {
        SampleWindow.show(stage, session, Page.Screen.NARRATIVE_INPUTS);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    /**
     * F2 opens the cell's editor; the text goes in as an input method would put it (the robot has no
     * keys for Chinese characters), then Enter commits it.
     */
    private static void typeAndEnter(FxRobot robot, String text) throws Exception {
        // Once in ten rounds beside a build the first F2 opened no editor within 30 s. The grid is rebuilt
        // after each committed edit, which may take the focus set just before; whether a person can lose
        // it the same way is still open (issue #10's notes). Here: F2 again, at most three times.
        for (int attempt = 1; ; attempt++) {
            robot.type(KeyCode.F2);
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#asset-table .text-field")
                        .tryQuery().map(Node::isFocused).orElse(false));
                break;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                TableView<?> table = robot.lookup("#asset-table").queryAs(TableView.class);
                robot.interact(table::requestFocus);
            }
        }
        javafx.scene.control.TextField field = robot.lookup("#asset-table .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText(text));
        robot.type(KeyCode.ENTER);
    }

    private static void focusCell(FxRobot robot, TableView<AssetRow> table, int row, int column) {
        robot.interact(() -> {
            // The last row can be below the visible rows (the window as other tests left it): a cell that is
            // not laid out opens no editor, so bring the row into sight as a person scrolling would.
            table.scrollTo(row);
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(column));
            table.getFocusModel().focus(row, table.getColumns().get(column));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anItemOfOnesOwnIsNamedThenCountedInItsUnit(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#asset-table").tryQuery().isPresent());
        TableView<AssetRow> table = robot.lookup("#asset-table").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .containsExactly("项目", "数量", "计量单位", "面积（平方米）", "价值（元）");
        assertThat(table.getItems()).hasSize(11);
        int last = table.getItems().size() - 1;
        assertThat(table.getItems().get(last).isNew()).isTrue();

        focusCell(robot, table, last, NAME);
        typeAndEnter(robot, "执法执勤用车");
        waitUntil(() -> "执法执勤用车".equals(table.getItems().get(table.getItems().size() - 1).name()));
        focusCell(robot, table, last, UNIT);
        typeAndEnter(robot, "辆");
        waitUntil(() -> "辆".equals(table.getItems().get(table.getItems().size() - 1).unit()));
        focusCell(robot, table, last, COUNT);
        typeAndEnter(robot, "10");
        waitUntil(() -> session.workspace().orElseThrow().budget().stateAssets().stream()
                .anyMatch(a -> a.item().equals("执法执勤用车")));

        StateAsset stored = session.workspace().orElseThrow().budget().stateAssets().stream()
                .filter(a -> a.item().equals("执法执勤用车")).findFirst().orElseThrow();
        assertThat(stored.count()).isEqualByComparingTo("10");
        assertThat(stored.unit()).isEqualTo("辆");
        assertThat(stored.value()).isNull();
        waitUntil(() -> table.getItems().size() == 12 && table.getItems().get(11).isNew());
        assertThat(table.getColumns().get(COUNT).getCellData(10)).isNotNull();
    }
}
