package org.yusuan.workbench.app.department;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WorkbenchSession;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.service.BudgetWorkspace;

/** 单位与人员 driven headless: a negative 编制数 is refused inline, a valid one updates the totals and undoes. */
@ExtendWith(ApplicationExtension.class)
class UnitsViewTest {

    private WorkbenchSession session;

    @Start
    void start(Stage stage) throws Exception {
        session = WorkbenchSession.open(Files.createTempDirectory("yusuan-units").resolve("b.mv.db"), true);
        MainWindow window = new MainWindow(p -> { }, () -> { }, new org.yusuan.workbench.app.common.BackgroundTasks());
        window.show(session);
        window.showPage(Page.Screen.UNITS);
        stage.setScene(new Scene(window.root(), 1400, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private BudgetWorkspace workspace() {
        return session.workspace().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void typeIntoFirstAuthorized(FxRobot robot, String text) {
        TableView<Staffing> table = robot.lookup("#staffing-table").queryAs(TableView.class);
        TableColumn<Staffing, ?> column = table.getColumns().stream()
                .filter(c -> "authorized-column".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, column);
            table.getFocusModel().focus(0, column);
        });
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aNegativeHeadcountIsRefusedInlineAndAValidOneUpdatesTheTotals(FxRobot robot) {
        assertThat(label(robot, "#staff-totals")).isEqualTo("编制人员共244人，实有在职人数219人");

        typeIntoFirstAuthorized(robot, "-5");
        assertThat(label(robot, "#units-message")).contains("编制数", "不小于 0 的整数");
        assertThat(workspace().budget().staffing().get(0).authorized()).isEqualTo(244);

        typeIntoFirstAuthorized(robot, "250");
        assertThat(workspace().budget().staffing().get(0).authorized()).isEqualTo(250);
        assertThat(label(robot, "#staff-totals")).isEqualTo("编制人员共250人，实有在职人数219人");
        assertThat(label(robot, "#units-message")).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#staff-totals")).isEqualTo("编制人员共244人，实有在职人数219人");
    }

    @Test
    void anAddedUnitAppearsInTheGridAndAUnitWithLinesIsNotDeleted(FxRobot robot) {
        robot.clickOn("#add-unit");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> units = robot.lookup("#units-table").query();
        assertThat(units.getItems()).hasSize(4);
        assertThat(workspace().budget().units()).hasSize(4);

        robot.interact(() -> robot.lookup("#units-table").queryAs(TableView.class).getSelectionModel().clearAndSelect(0));
        robot.clickOn("#delete-unit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#units-message")).contains("不能删除");
        assertThat(workspace().budget().units()).hasSize(4);
    }
}
