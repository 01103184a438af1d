package org.yusuan.workbench.app;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WorkbenchSession;

/** The first window, driven headless (Monocle): it shows the sample department, its units and counts. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static Path folder;
    private static WorkbenchSession session;
    private static MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("yusuan-window");
        session = WorkbenchSession.open(folder.resolve("budget.mv.db"), true);
        window = new MainWindow(path -> { }, () -> { }, new org.yusuan.workbench.app.common.BackgroundTasks());
        window.show(session);
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterAll
    static void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void showsTheDepartmentItsUnitsAndCounts(FxRobot robot) {
        assertThat(robot.lookup("#overview-heading").queryAs(Label.class).getText())
                .isEqualTo("长治市公安局上党分局 2023 年度部门预算");
        assertThat(robot.lookup("#card-units").queryAs(Label.class).getText()).isEqualTo("3");
        assertThat(robot.lookup("#card-basic").queryAs(Label.class).getText()).isEqualTo("38");
        assertThat(robot.lookup("#card-projects").queryAs(Label.class).getText()).isEqualTo("29");
        assertThat(robot.lookup("#card-forms").queryAs(Label.class).getText()).isEqualTo("28");

        TableView<?> units = robot.lookup("#unit-table").queryAs(TableView.class);
        assertThat(units.getItems()).hasSize(3);
        assertThat(units.getItems().get(1).toString()).contains("山西省长治市公安局上党分局交通警察大队");

        assertThat(robot.lookup("#status-totals").queryAs(Label.class).getText())
                .contains("收入总计 9,890.04 万元", "本年 9,367.60 万元", "上年结转 522.45 万元");
    }

    @Test
    void clickingATableCellShowsTheLinesBehindIt(FxRobot robot) {
        robot.interact(() -> window.showPage(new Page.Table(3)));
        // The page lays its cells out in a later pulse: wait for the one to click.
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> find = () -> robot.lookup("#disclosure-table .table-cell")
                .match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "3,171.61".equals(c.getText())).tryQuery();
        try {
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> find.get().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("table 3 showed no cell 3,171.61", e);
        }
        javafx.scene.Node cell = find.get().orElseThrow();
        robot.clickOn(cell);
        String heading = robot.lookup("#trace-heading").queryAs(Label.class).getText();
        assertThat(heading).contains("3,171.61 万元").contains("行明细构成");
        javafx.scene.control.TableView<?> trace = robot.lookup("#cell-trace").queryAs(javafx.scene.control.TableView.class);
        assertThat(trace.getItems()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.toString()).contains("2040201"));

        // Another cell of the same row (its name): the focus moves, the selected row does not.
        robot.clickOn(robot.lookup("#disclosure-table .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "行政运行".equals(c.getText())).<javafx.scene.Node>query());
        assertThat(robot.lookup("#trace-heading").queryAs(Label.class).getText()).isEqualTo("点击表中金额，查看它由哪些明细构成。");
        assertThat(trace.getItems()).isEmpty();
    }

    @Test
    void theNavigationFollowsAPageShownWithoutIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPage(new Page.Table(3)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> selectedNavigation(robot).startsWith("表3"));
        robot.interact(() -> window.showPage(Page.Screen.CHARTS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> selectedNavigation(robot).equals(Messages.get("shell.nav.charts")));
    }

    @Test
    void theNavigationFollowsTheProjectCardToItsForm(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPage(Page.Screen.PROJECTS));
        robot.interact(() -> robot.lookup("#project-list").queryAs(ListView.class).getSelectionModel().select(0));
        robot.clickOn("#open-form");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> selectedNavigation(robot).equals(Messages.get("forms.title")));
    }

    /** The label of the navigation item highlighted now ("" when none is). */
    static String selectedNavigation(FxRobot robot) {
        TreeItem<?> selected = robot.lookup("#navigation").queryAs(TreeView.class).getSelectionModel().getSelectedItem() instanceof TreeItem<?> t
                ? t : null;
        return selected == null ? "" : String.valueOf(selected.getValue());
    }
}
