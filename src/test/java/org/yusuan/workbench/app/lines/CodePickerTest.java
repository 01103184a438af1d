package org.yusuan.workbench.app.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WorkbenchSession;

/** The 功能科目 picker in the grid, driven headless: typed by code, and found by name. */
@ExtendWith(ApplicationExtension.class)
class CodePickerTest {

    private WorkbenchSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        session = WorkbenchSession.open(Files.createTempDirectory("yusuan-picker").resolve("b.mv.db"), true);
        window = new MainWindow(p -> { }, () -> { }, new BackgroundTasks());
        window.show(session);
        window.showPage(Page.Screen.BASIC);
        stage.setScene(new Scene(window.root(), 1400, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private void focusFunctionCell(FxRobot robot, int row) {
        TableView<BasicLineRow> table = robot.lookup("#basic-lines").queryAs(TableView.class);
        TableColumn<BasicLineRow, ?> function = table.getColumns().get(1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, function);
            table.getFocusModel().focus(row, function);
        });
    }

    @Test
    void aCodeTypedIntoThePickerIsStored(FxRobot robot) throws Exception {
        focusFunctionCell(robot, 0);
        robot.write("2040202");
        // Enter once the code shows in the editor, as a person presses it. Under load this wait
        // timed out twice (2026-11-27). One way that happens, found and fixed since: the grid
        // rebuilding its cells mid-edit restarted the edit from the stored code
        // (TypeAheadTest.whatIsTypedSurvivesTheGridRebuildingItsCells); a timeout now says what showed.
        waitForEditorText(robot, "2040202");
        robot.type(KeyCode.ENTER);
        waitForStoredCode(robot, session, "2040202");
        assertThat(session.workspace().orElseThrow().budget().basicLines().get(0).functionCode()).isEqualTo("2040202");
    }

    /**
     * Enter pressed while the suggestions show and none is chosen, as a quick typist meets it
     * whenever the suggestions come up first. Suspected of the flake above (the popup's list acts
     * on Enter only for a chosen suggestion); this test passed before any change: the list leaves
     * that Enter unconsumed and it reaches the editor. Kept so that stays so.
     */
    @Test
    void enterWhileTheSuggestionsShowCommitsTheTypedCode(FxRobot robot) throws Exception {
        focusFunctionCell(robot, 0);
        robot.write("2040202");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell").queryAll()
                .stream().anyMatch(n -> n.isVisible() && String.valueOf(((javafx.scene.control.ListCell<?>) n).getText())
                        .startsWith("2040202 ")));
        robot.type(KeyCode.ENTER);
        waitForStoredCode(robot, session, "2040202");
    }

    /**
     * The same Enter where the window system hands the keys to the suggestion list's own window
     * (Monocle may, and under load a robot Enter after the suggestions showed was lost: ui-repeat
     * rounds 2-4 of 2026-11-28, at load 9-18, with the code shown in the editor). Passed before the
     * list's Enter filter too (a suggestion is chosen then); kept for that route.
     */
    @Test
    void enterGivenToTheSuggestionListCommitsTheTypedCode(FxRobot robot) throws Exception {
        focusFunctionCell(robot, 0);
        robot.write("2040202");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell").queryAll()
                .stream().anyMatch(n -> n.isVisible() && String.valueOf(((javafx.scene.control.ListCell<?>) n).getText())
                        .startsWith("2040202 ")));
        robot.interact(() -> {
            // the list itself, the focus owner of the popup's window
            javafx.scene.Node list = robot.lookup(".list-view.auto-complete-popup").query();
            javafx.event.Event.fireEvent(list, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "\r", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "2040202".equals(
                session.workspace().orElseThrow().budget().basicLines().get(0).functionCode()));
    }

    /**
     * Another page opened while the suggestions show: the list must not stay, a window of its own
     * over the new page. (It passed before TextEditCell.hideWhenGone too: the list already closed
     * here; the guard is for a grid leaving its window otherwise, as between two tests' scenes.)
     */
    @Test
    void theSuggestionsCloseWhenTheGridLeavesTheWindow(FxRobot robot) throws Exception {
        focusFunctionCell(robot, 0);
        robot.write("2040202");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell").queryAll()
                .stream().anyMatch(n -> n.isVisible() && String.valueOf(((javafx.scene.control.ListCell<?>) n).getText())
                        .startsWith("2040202 ")));
        robot.interact(() -> window.showPage(Page.Screen.OVERVIEW));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()
                        && w.getScene() != null && w.getScene().getRoot().lookup(".auto-complete-popup") != null));
    }

    /**
     * Enter while the list still shows the suggestions of what was typed before the last key (it is
     * fetched in the background after each key, and lags a quick typist): the highlighted
     * suggestion of the old list, 2040201, was stored instead of the 2040202 typed. Under load in
     * ui-repeat this was the "lost Enter" (the editor closed, the old code stayed).
     */
    @Test
    void enterOnAListThatLagsTheTypingStoresWhatWasTyped(FxRobot robot) throws Exception {
        focusFunctionCell(robot, 0);
        robot.write("204020");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell").queryAll()
                .stream().anyMatch(n -> n.isVisible() && String.valueOf(((javafx.scene.control.ListCell<?>) n).getText())
                        .startsWith("2040201 ")));
        robot.interact(() -> {
            javafx.scene.control.ListView<?> list = robot.lookup(".list-view.auto-complete-popup").queryAs(javafx.scene.control.ListView.class);
            list.getSelectionModel().select(0); // highlighted, as the list is when it shows: 2040201 行政运行
            TextField field = robot.lookup("#basic-lines .text-field").queryAs(TextField.class);
            field.appendText("2"); // the last key; its suggestions come later
            javafx.event.Event.fireEvent(list, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "\r", "", KeyCode.ENTER, false, false, false, false));
        });
        waitForStoredCode(robot, session, "2040202");
    }

    /** Waits for the editor to show {@code expected}; a timeout says what it showed and where the keys went. */
    private static void waitForEditorText(FxRobot robot, String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#basic-lines .text-field")
                    .tryQueryAs(TextField.class).map(f -> expected.equals(f.getText())).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the editor did not show " + expected + " within 60 s: " + describe(robot), e);
        }
    }

    /**
     * Where the keys can go, for a timeout's message: the editors and their texts, the grid's
     * editing cell, every window with its focus state and focus owner. (Under load a robot Enter
     * after the suggestions showed was lost and the cause is not established: this says where.)
     */
    static String describe(FxRobot robot) {
        StringBuilder state = new StringBuilder();
        robot.interact(() -> {
            state.append("editors ").append(robot.lookup("#basic-lines .text-field").queryAll().stream()
                    .map(n -> ((TextField) n).getText()).toList());
            robot.lookup("#basic-lines").tryQueryAs(TableView.class)
                    .ifPresent(t -> state.append("; editing ").append(t.getEditingCell()));
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                state.append("; ").append(w.getClass().getSimpleName()).append(w.isShowing() ? " showing" : "")
                        .append(w.isFocused() ? " focused" : "")
                        .append(" focus on ").append(w.getScene() == null ? null : w.getScene().getFocusOwner());
            }
        });
        return state.toString();
    }

    /** Waits for the first line's 功能科目 to be {@code code}; a timeout says where the keys could have gone. */
    static void waitForStoredCode(FxRobot robot, WorkbenchSession session, String code) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> code.equals(
                    session.workspace().orElseThrow().budget().basicLines().get(0).functionCode()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(code + " was not stored within 60 s: " + describe(robot), e);
        }
    }

    @Test
    void thePickerFindsACodeByItsName(FxRobot robot) throws Exception {
        focusFunctionCell(robot, 0);
        robot.type(KeyCode.F2);
        TextField field = robot.lookup("#basic-lines .text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("执法办案"));
        // The popup asks for suggestions after a delay, on a thread of its own: wait until the
        // suggestion shows (a fixed 400 ms wait failed on a busy machine), however long that takes.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell").queryAll()
                .stream().anyMatch(n -> "2040220 执法办案".equals(((javafx.scene.control.ListCell<?>) n).getText())));
    }
}
