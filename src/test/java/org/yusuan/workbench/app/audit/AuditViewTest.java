package org.yusuan.workbench.app.audit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
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
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WorkbenchSession;

/** 审核 as an accountant reads it: rule titles in words, grouped by severity with counts, codes kept for support. */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {

    private static Path folder;
    private static WorkbenchSession session;
    private static MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("yusuan-audit");
        session = WorkbenchSession.open(folder.resolve("budget.mv.db"), true);
        window = new MainWindow(path -> { }, () -> { }, new BackgroundTasks());
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
    void findingsAreGroupedBySeverityWithCountsUnderTheirTitles(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPage(Page.Screen.AUDIT));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !cellTexts(robot).isEmpty());

        // The sample: 1 错误, 5 警告, 20 提示 (docs/audit-rules.md §7), one group each, in that order.
        assertThat(cellTexts(robot)).containsSubsequence("错误（1 项）", "项目缺少绩效目标表", "警告（5 项）",
                "缺少成本指标", "指标中词语重复");
        TreeView<?> tree = robot.lookup("#audit-findings").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(3);
        assertThat(tree.getRoot().getChildren().get(2).getChildren()).hasSize(20);
        // Words, not codes: no visible text is a rule code; the code is in the finding's tooltip.
        assertThat(cellTexts(robot)).noneMatch(text -> text.matches(".*\\b[TCFIXOD]\\.[a-z-]+\\b.*"));
        TreeCell<?> missingForm = cellShowing(robot, "项目缺少绩效目标表");
        assertThat(missingForm.getTooltip().getText()).contains("F.missing", "本年项目");
    }

    @Test
    void doubleClickingAFindingOpensTheRecordAtFault(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPage(Page.Screen.AUDIT));
        TreeView<?> tree = robot.lookup("#audit-findings").queryAs(TreeView.class);
        robot.interact(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                if (String.valueOf(tree.getTreeItem(row).getValue()).contains("救济费")) {
                    tree.scrollTo(row);
                    tree.getSelectionModel().select(row);
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c
                && c.getItem() != null && c.getItem().toString().contains("救济费")).tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c
                && c.getItem() != null && c.getItem().toString().contains("救济费")).<Node>query());
        TableView<?> lines = robot.lookup("#basic-lines").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, lines::isVisible);
        assertThat(lines.getSelectionModel().getSelectedItem().toString()).contains("30306");
        // The navigation highlights the page the jump went to, not 审核.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> String.valueOf(robot.lookup("#navigation").queryAs(TreeView.class)
                .getSelectionModel().getSelectedItem()).contains("基本支出"));
    }

    @Test
    void anErrorSentAnywayGetsItsExplanationKeptInTheFile(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPage(Page.Screen.AUDIT));
        // Another test of this window may have scrolled the list down to a notice.
        TreeView<?> tree = robot.lookup("#audit-findings").queryAs(TreeView.class);
        robot.interact(() -> tree.scrollTo(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cellTexts(robot).contains("项目缺少绩效目标表"));
        TreeCell<?> missingForm = cellShowing(robot, "项目缺少绩效目标表");
        robot.clickOn(missingForm.getGraphic().lookup(".finding-explain"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#explanation").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#explanation").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("项目缺少绩效目标表");
        robot.interact(() -> ((TextArea) dialog.lookup("#explanation-text")).setText("  由主管部门统一填报。 "));
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cellTexts(robot).contains("出错说明：由主管部门统一填报。"));
        var workspace = session.workspace().orElseThrow();
        assertThat(workspace.explanations()).as("kept in the file, trimmed").containsValue("由主管部门统一填报。");
        robot.interact(workspace::undo);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !cellTexts(robot).contains("出错说明：由主管部门统一填报。"));
        assertThat(workspace.explanations()).isEmpty();
    }

    /** The texts of the visible rows of the audit list: group headings and finding titles and messages. */
    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#audit-findings .tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && !c.isEmpty())
                .flatMap(n -> {
                    TreeCell<?> cell = (TreeCell<?>) n;
                    if (cell.getGraphic() == null) {
                        return java.util.stream.Stream.of(cell.getText());
                    }
                    return cell.getGraphic().lookupAll(".label").stream().map(l -> ((Label) l).getText());
                })
                .toList();
    }

    private static TreeCell<?> cellShowing(FxRobot robot, String title) {
        return (TreeCell<?>) robot.lookup("#audit-findings .tree-cell").match(n -> n instanceof TreeCell<?> c
                && c.getGraphic() != null && c.getGraphic().lookupAll(".label").stream()
                        .anyMatch(l -> title.equals(((Label) l).getText()))).query();
    }
}
