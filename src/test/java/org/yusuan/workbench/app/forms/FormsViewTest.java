package org.yusuan.workbench.app.forms;

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
import org.yusuan.workbench.app.shell.WorkbenchSession;
import org.yusuan.workbench.audit.RecordRef;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/** The 绩效目标 screen driven headless: an audit jump opens the form, a typed value is refused or stored. */
@ExtendWith(ApplicationExtension.class)
class FormsViewTest {

    private static final String PROJECT = "012001-001";
    private WorkbenchSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        session = WorkbenchSession.open(Files.createTempDirectory("yusuan-forms").resolve("b.mv.db"), true);
        window = new MainWindow(p -> { }, () -> { }, new org.yusuan.workbench.app.common.BackgroundTasks());
        window.show(session);
        stage.setScene(new Scene(window.root(), 1400, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private PerformanceForm form() {
        return session.workspace().orElseThrow().budget().formOf(PROJECT).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void typeIntoYearValue(FxRobot robot, int row, String text) {
        TableView<IndicatorRow> table = robot.lookup("#form-indicators").queryAs(TableView.class);
        TableColumn<IndicatorRow, ?> year = table.getColumns().stream()
                .filter(c -> "year-column".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, year);
            table.getFocusModel().focus(row, year);
        });
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anIndicatorFindingOpensTheFormWhereATypedValueIsCheckedThenStored(FxRobot robot) {
        robot.interact(() -> window.jumpTo(RecordRef.indicator(PROJECT, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-budget-check").queryAs(Label.class).getText()).contains("200,000.00");

        // row 0 is 打击违法犯罪团伙数 (≥1个)
        typeIntoYearValue(robot, 0, "≥3");
        assertThat(robot.lookup("#forms-message").queryAs(Label.class).getText()).contains("年度指标值", "缺少计量单位");
        assertThat(form().indicators().get(0).valueYear()).isEqualTo("≥1个");

        typeIntoYearValue(robot, 0, "≥3个");
        assertThat(form().indicators().get(0).valueYear()).isEqualTo("≥3个");
        assertThat(robot.lookup("#forms-message").queryAs(Label.class).getText()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form().indicators().get(0).valueYear()).isEqualTo("≥1个");
    }
}
