package org.yusuan.workbench.app.projects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
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
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.Edit;

/** The project card's lines behave like the basic-lines grid: 合计 row, Delete clears, Ctrl+C, 删除行 asks. */
@ExtendWith(ApplicationExtension.class)
class ProjectLinesGridTest {

    private static final String PROJECT = "012001-008"; // four detail lines in the sample
    private static final int FUNCTION = 0;
    private static final int ECONOMIC = 1;
    private static final int AMOUNT = 3;
    private static final int QUANTITY = 4;
    private static final int UNIT_PRICE = 5;

    /** Opened before TestFX's setup (see {@link SampleWindow}). */
    private final WorkbenchSession session = SampleWindow.openSample("yusuan-project-grid");

    @Start
    void start(Stage stage) {
        SampleWindow.show(stage, session, Page.Screen.PROJECTS);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Project project() {
        return session.workspace().orElseThrow().budget().project(PROJECT).orElseThrow();
    }

    private List<ProjectLine> lines() {
        return project().lines();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    /**
     * Types into the focused cell as a person would, then Enter: the first character opens the editor;
     * the rest waits until the editor has the keyboard (on a busy machine it can take a moment, and
     * characters typed before would go to the table).
     */
    private static void typeAndEnter(FxRobot robot, String text) throws Exception {
        robot.write(text.substring(0, 1));
        waitUntil(() -> robot.lookup("#project-lines .text-field").tryQuery().map(Node::isFocused).orElse(false));
        robot.write(text.substring(1)).type(KeyCode.ENTER);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    private TableView<ProjectLineRow> openProject(FxRobot robot) throws Exception {
        ListView<Project> list = robot.lookup("#project-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(p -> p.code().equals(PROJECT)).findFirst().orElseThrow()));
        TableView<ProjectLineRow> table = robot.lookup("#project-lines").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 4);
        return table;
    }

    private void focusCell(FxRobot robot, TableView<ProjectLineRow> table, int row, int column) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(column));
            table.getFocusModel().focus(row, table.getColumns().get(column));
        });
    }

    @Test
    void quantityAndUnitPriceTypedInTheCardMakeTheAmount(FxRobot robot) throws Exception {
        TableView<ProjectLineRow> table = openProject(robot);
        assertThat(table.getColumns().get(QUANTITY).getText()).isEqualTo("数量");
        assertThat(table.getColumns().get(UNIT_PRICE).getText()).isEqualTo("单价（元）");
        focusCell(robot, table, 0, QUANTITY);
        typeAndEnter(robot, "3");
        waitUntil(() -> lines().get(0).quantity() != null);
        focusCell(robot, table, 0, UNIT_PRICE);
        typeAndEnter(robot, "33.33");
        waitUntil(() -> Yuan.parse("99.99").equals(lines().get(0).amount()));
        waitUntil(() -> "99.99".equals(table.getColumns().get(AMOUNT).getCellData(0) == null ? null
                : table.getItems().get(0).line().amount().format()));
        assertThat(lines().get(0).unitPrice()).isEqualTo(Yuan.parse("33.33"));

        focusCell(robot, table, 0, AMOUNT);
        typeAndEnter(robot, "100");
        waitUntil(() -> robot.lookup("#projects-message").queryAs(Label.class).getText().contains("数量×单价"));
        assertThat(lines().get(0).amount()).isEqualTo(Yuan.parse("99.99"));
    }

    @Test
    void everyColumnIsInSightAndNoAmountIsCut(FxRobot robot) throws Exception {
        TableView<ProjectLineRow> table = openProject(robot);
        // The columns' natural widths (810 px) are more than the card gives the grid: they used to run
        // off to the right, 金额 cut after "200,000.0" and 数量/单价 out of sight.
        waitUntil(() -> robot.lookup("#project-lines .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> c && c.getText() != null && c.getText().contains(".")));
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("the columns fit the grid").isLessThanOrEqualTo(table.getWidth());
        List<TableCell<?, ?>> amounts = robot.lookup("#project-lines .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == table.getColumns().get(AMOUNT)
                        && c.getText() != null && !c.getText().isEmpty())
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
        assertThat(amounts).isNotEmpty().allSatisfy(cell -> assertThat(cell.lookup(".text"))
                .satisfies(text -> assertThat(((javafx.scene.text.Text) text).getText()).isEqualTo(cell.getText())));
    }

    @Test
    void theTotalRowFollowsEditsAndUndo(FxRobot robot) throws Exception {
        TableView<ProjectLineRow> table = openProject(robot);
        Yuan total = project().total();
        waitUntil(() -> robot.lookup("#project-lines-total").tryQuery().isPresent());
        Label label = robot.lookup("#project-lines-total").queryAs(Label.class);
        waitUntil(() -> label.getText().equals(total.format()));

        Yuan first = lines().get(0).amount();
        focusCell(robot, table, 0, AMOUNT);
        typeAndEnter(robot, first.plus(Yuan.parse("0.01")).toPlainString());
        waitUntil(() -> label.getText().equals(total.plus(Yuan.parse("0.01")).format()));
        shortcut(robot, KeyCode.Z);
        waitUntil(() -> label.getText().equals(total.format()));
    }

    @Test
    void deleteClearsTheCellAndCtrlMinusDeletesRowsAfterAsking(FxRobot robot) throws Exception {
        TableView<ProjectLineRow> table = openProject(robot);
        // set up a detailed line without typing into the code picker: Monocle gives its popup the
        // keyboard once it shows, which a person's keyboard never does
        robot.interact(() -> {
            Project before = project();
            List<ProjectLine> detailed = new java.util.ArrayList<>(before.lines());
            ProjectLine l = detailed.get(0);
            detailed.set(0, new ProjectLine(l.id(), l.functionCode(), "30213", l.source(), l.amount(), l.note()));
            session.workspace().orElseThrow().apply(new Edit.ProjectChange("detail", before, new Project(before.id(),
                    before.code(), before.unitCode(), before.name(), before.category(), before.attribute(), before.period(),
                    before.fundYear(), before.procurement(), before.note(), detailed)));
        });
        waitUntil(() -> table.getItems().get(0).line().departmentalEconomicCode() != null);
        focusCell(robot, table, 0, ECONOMIC);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> lines().get(0).departmentalEconomicCode() == null);
        assertThat(lines()).hasSize(4);

        focusCell(robot, table, 1, FUNCTION);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#projects-message").queryAs(Label.class).getText().contains("功能科目"));
        assertThat(lines()).hasSize(4);

        focusCell(robot, table, 1, AMOUNT);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> lines().get(1).amount().isZero());
        assertThat(robot.lookup("#projects-message").queryAs(Label.class).getText()).isEmpty();

        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(2, table.getColumns().get(AMOUNT));
            table.getSelectionModel().select(3, table.getColumns().get(FUNCTION));
        });
        shortcut(robot, KeyCode.MINUS);
        waitUntil(() -> robot.lookup("#confirm-delete-rows").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#confirm-delete-rows").queryAs(DialogPane.class);
        assertThat(dialog.getContentText() + dialog.getHeaderText()).contains("2 行");
        Node delete = dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        robot.clickOn(delete);
        waitUntil(() -> lines().size() == 2);
        shortcut(robot, KeyCode.Z);
        waitUntil(() -> lines().size() == 4);
    }

    @Test
    void ctrlCCopiesAmountsAsPlainNumbers(FxRobot robot) throws Exception {
        TableView<ProjectLineRow> table = openProject(robot);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, table.getColumns().get(FUNCTION), 3, table.getColumns().get(AMOUNT));
            Clipboard.getSystemClipboard().clear();
        });
        shortcut(robot, KeyCode.C);
        AtomicReference<String> copied = new AtomicReference<>();
        waitUntil(() -> {
            robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
            return copied.get() != null && !copied.get().isEmpty();
        });
        List<String> rows = copied.get().lines().toList();
        assertThat(rows).hasSize(4);
        for (int i = 0; i < 4; i++) {
            String[] cells = rows.get(i).split("\t", -1);
            assertThat(cells).hasSize(4);
            assertThat(cells[3]).isEqualTo(lines().get(i).amount().toPlainString());
        }
    }

    /** Delete belongs to whatever has the keyboard: pressed in the project list, it clears no cell of the lines. */
    @Test
    void deleteInTheProjectListLeavesTheLinesAlone(FxRobot robot) throws Exception {
        TableView<ProjectLineRow> table = openProject(robot);
        Yuan amount = lines().get(0).amount();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0, table.getColumns().get(AMOUNT)));
        @SuppressWarnings("unchecked")
        ListView<Project> list = robot.lookup("#project-list").queryAs(ListView.class);
        robot.interact(list::requestFocus);
        waitUntil(list::isFocused);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines().get(0).amount()).isEqualTo(amount);
        assertThat(lines()).hasSize(4);
    }
}
