package org.yusuan.workbench.app.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;

/**
 * Keys typed faster than the grid's editor starts are not lost (issue 10): a code and Enter typed
 * in one go, with nothing in between, as a quick typist's keys sit in the window system's queue
 * and reach JavaFX back to back. The keys go where JavaFX sends a key: to the focus owner at that
 * moment, which may still be the table while the editor is starting.
 */
@ExtendWith(ApplicationExtension.class)
class TypeAheadTest {

    private static final int FUNCTION = 1;
    private static final int FUND_YEAR = 7;
    private static final int NOTE = 8;

    /** Opened before TestFX's setup (see {@link SampleWindow}). */
    private final WorkbenchSession session = SampleWindow.openSample("yusuan-typeahead");
    private Scene scene;

    @Start
    void start(Stage stage) {
        SampleWindow.show(stage, session, Page.Screen.BASIC);
        scene = stage.getScene();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<BasicExpenditureLine> lines() {
        return session.workspace().orElseThrow().budget().basicLines();
    }

    @SuppressWarnings("unchecked")
    private void focusCell(FxRobot robot, int row, int column) {
        TableView<BasicLineRow> table = robot.lookup("#basic-lines").queryAs(TableView.class);
        TableColumn<BasicLineRow, ?> col = table.getColumns().get(column);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, col);
            table.getFocusModel().focus(row, col);
        });
    }

    /** Key events for {@code text} followed by Enter, as a keyboard produces them. */
    private static List<KeyEvent> keys(String text) {
        List<KeyEvent> keys = new ArrayList<>();
        for (char c : text.toCharArray()) {
            KeyCode code = Character.isDigit(c) ? KeyCode.getKeyCode(String.valueOf(c)) : KeyCode.UNDEFINED;
            keys.add(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            keys.add(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
            keys.add(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        }
        keys.add(new KeyEvent(KeyEvent.KEY_PRESSED, "\r", "", KeyCode.ENTER, false, false, false, false));
        keys.add(new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false, false));
        keys.add(new KeyEvent(KeyEvent.KEY_RELEASED, "\r", "", KeyCode.ENTER, false, false, false, false));
        return keys;
    }

    /** Delivers every key in one go, each to the focus owner of its moment (as Scene does), no pulse between. */
    private void deliverAtOnce(FxRobot robot, List<KeyEvent> keys) {
        robot.interact(() -> {
            for (KeyEvent key : keys) {
                Node owner = scene.getFocusOwner();
                Event.fireEvent(owner != null && owner.getScene() == scene ? owner : scene, key.copyFor(null, null));
            }
        });
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    @Test
    void aCodeAndEnterTypedInOneGoAreStored(FxRobot robot) throws Exception {
        focusCell(robot, 0, FUNCTION);
        deliverAtOnce(robot, keys("2040202"));
        waitUntil(() -> "2040202".equals(lines().get(0).functionCode()));
        // Enter committed and moved down, as it does when typed slowly
        assertThat(lines().get(0).functionCode()).isEqualTo("2040202");
    }

    @Test
    void twoEntriesTypedBackToBackAreBothStored(FxRobot robot) throws Exception {
        focusCell(robot, 0, NOTE);
        List<KeyEvent> keys = new ArrayList<>(keys("11"));
        keys.addAll(keys("22")); // the second entry begins while the first commit re-lays out the grid
        deliverAtOnce(robot, keys);
        waitUntil(() -> "11".equals(lines().get(0).note()) && "22".equals(lines().get(1).note()));
    }

    /**
     * A choice cell (资金年度 here) opened with F2 and moved with Down in one go: the keys reach the
     * list at once. Its editor was skinned only at the next pulse, and the Down before that was lost.
     */
    @Test
    void aChoiceOpenedAndMovedInOneGoIsStored(FxRobot robot) throws Exception {
        focusCell(robot, 0, FUND_YEAR);
        List<org.yusuan.workbench.domain.budget.FundYear> years = List.of(org.yusuan.workbench.domain.budget.FundYear.values());
        int was = years.indexOf(lines().get(0).fundYear());
        boolean down = was + 1 < years.size();
        KeyCode move = down ? KeyCode.DOWN : KeyCode.UP;
        var expected = years.get(down ? was + 1 : was - 1);
        deliverAtOnce(robot, List.of(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F2, false, false, false, false),
                new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.F2, false, false, false, false),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", move, false, false, false, false),
                new KeyEvent(KeyEvent.KEY_RELEASED, "", "", move, false, false, false, false)));
        waitUntil(() -> expected == lines().get(0).fundYear());
    }

    /**
     * The grid may rebuild its cells while a code is being typed (a refresh, a re-layout); the cell
     * that takes over the edit used to start again from the stored code, dropping what was typed,
     * and the keys after it reached no editor. Under load this showed as "the code did not show in
     * the editor" (CodePickerTest).
     */
    @Test
    void whatIsTypedSurvivesTheGridRebuildingItsCells(FxRobot robot) throws Exception {
        focusCell(robot, 0, FUNCTION);
        robot.write("20");
        waitUntil(() -> robot.lookup("#basic-lines .text-field").tryQueryAs(javafx.scene.control.TextField.class)
                .map(f -> "20".equals(f.getText())).orElse(false));
        robot.interact(() -> robot.lookup("#basic-lines").queryAs(TableView.class).refresh());
        robot.write("40202");
        waitUntil(() -> robot.lookup("#basic-lines .text-field").tryQueryAs(javafx.scene.control.TextField.class)
                .map(f -> "2040202".equals(f.getText())).orElse(false));
        robot.type(KeyCode.ENTER);
        CodePickerTest.waitForStoredCode(robot, session, "2040202");
    }

    /**
     * TestFX's robot, without waiting, in a plain text column. (It timed out once at load 15-23 on
     * the code picker; the picker is covered by CodePickerTest and the rebuilt-cell test above.)
     */
    @Test
    void theRobotTypingAndEnterWithoutWaitingIsStored(FxRobot robot) throws Exception {
        focusCell(robot, 1, NOTE);
        robot.write("2040202").type(KeyCode.ENTER);
        waitUntil(() -> "2040202".equals(lines().get(1).note()));
    }
}
