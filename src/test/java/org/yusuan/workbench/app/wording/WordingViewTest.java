package org.yusuan.workbench.app.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
import org.yusuan.workbench.app.SampleWindow;
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WorkbenchSession;

/**
 * 文本与标题 through the real window: a table's title chosen in the list, edited with its preview,
 * refused while its {year} is missing, saved, shown as table 10's title, and taken back by 撤销.
 */
@ExtendWith(ApplicationExtension.class)
class WordingViewTest {

    private static final String EDITED = "{year}年财政拨款安排“三公”经费预算表";
    private static WorkbenchSession session;
    private static MainWindow window;

    private final WorkbenchSession opened = session = SampleWindow.openSample("yusuan-wording");

    @Start
    void start(Stage stage) {
        window = SampleWindow.show(stage, opened, Page.Screen.WORDING);
    }

    @AfterAll
    static void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aTableTitleEditedOnThePageBecomesTheTablesTitle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#wording-list").tryQuery().isPresent());
        TreeView<?> list = robot.lookup("#wording-list").queryAs(TreeView.class);
        robot.interact(() -> {
            TreeItem<?> tables = list.getRoot().getChildren().get(0);
            tables.setExpanded(true);
            TreeItem<?> t10 = tables.getChildren().stream()
                    .filter(i -> ((WordingViewModel.Entry) i.getValue()).key().equals("table.t10.title"))
                    .findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            var selection = (javafx.scene.control.MultipleSelectionModel<TreeItem<?>>) (Object) list.getSelectionModel();
            selection.select(t10);
        });
        TextArea editor = robot.lookup("#wording-editor").queryAs(TextArea.class);
        Label preview = robot.lookup("#wording-preview").queryAs(Label.class);
        Label refusal = robot.lookup("#wording-refusal").queryAs(Label.class);
        Button save = robot.lookup("#wording-save").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.getText().contains("三公"));
        assertThat(preview.getText()).isEqualTo("2023年一般公共预算“三公”经费支出预算表");

        robot.clickOn(editor);
        robot.interact(() -> editor.setText("财政拨款安排“三公”经费预算表"));
        assertThat(refusal.getText()).contains("预算公开表10的标题", "{year}");
        assertThat(save.isDisabled()).isTrue();

        robot.interact(() -> editor.setText(EDITED));
        assertThat(refusal.getText()).isEmpty();
        assertThat(preview.getText()).isEqualTo("2023年财政拨款安排“三公”经费预算表");
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> session.workspace().orElseThrow().table(10).title().equals("2023年财政拨款安排“三公”经费预算表"));

        assertThat(navigationLabels(robot)).anyMatch(l -> l.contains("10") && l.contains("财政拨款安排“三公”经费预算表"));
        robot.interact(() -> window.showPage(new Page.Table(10)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labels(robot).stream().anyMatch(l -> l.endsWith("2023年财政拨款安排“三公”经费预算表")));

        robot.interact(() -> session.workspace().orElseThrow().undo());
        assertThat(session.workspace().orElseThrow().table(10).title()).isEqualTo("2023年一般公共预算“三公”经费支出预算表");
        robot.interact(() -> window.showPage(Page.Screen.WORDING));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.getText().equals("{year}年一般公共预算“三公”经费支出预算表"));
    }

    /** The labels of the navigation's items, tables included. */
    private static List<String> navigationLabels(FxRobot robot) {
        TreeView<?> navigation = robot.lookup("#navigation").queryAs(TreeView.class);
        List<String> labels = new java.util.ArrayList<>();
        collect(navigation.getRoot(), labels);
        return labels;
    }

    private static void collect(TreeItem<?> item, List<String> labels) {
        labels.add(String.valueOf(item.getValue()));
        item.getChildren().forEach(child -> collect(child, labels));
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAll().stream().map(Node.class::cast).filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).filter(t -> t != null).toList();
    }
}
