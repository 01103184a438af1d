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

    @Start
    void start(Stage stage) throws Exception {
        session = WorkbenchSession.open(Files.createTempDirectory("yusuan-picker").resolve("b.mv.db"), true);
        MainWindow window = new MainWindow(p -> { }, () -> { }, new BackgroundTasks());
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
        // Enter once the code shows in the editor, as a person presses it. (Keys typed before the
        // editor was skinned used to be lost, which made this fail at load ~20; TypeAheadTest now
        // types and presses Enter without waiting.)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#basic-lines .text-field")
                .tryQueryAs(TextField.class).map(f -> "2040202".equals(f.getText())).orElse(false));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "2040202".equals(
                session.workspace().orElseThrow().budget().basicLines().get(0).functionCode()));
        assertThat(session.workspace().orElseThrow().budget().basicLines().get(0).functionCode()).isEqualTo("2040202");
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
