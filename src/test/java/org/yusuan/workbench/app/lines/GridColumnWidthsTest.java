package org.yusuan.workbench.app.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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

/**
 * The basic-lines grid's columns are as wide as what they show: no code's name is cut to "…" (the sample's
 * 2080505 机关事业单位基本养老保险缴费支出 was), and a column the user widened by hand keeps its width.
 */
@ExtendWith(ApplicationExtension.class)
class GridColumnWidthsTest {

    private static final int UNIT = 0;
    private static final int GOVERNMENT = 3;
    private static final int NOTE = 8;

    /** Opened before TestFX's setup (see {@link SampleWindow}). */
    private final WorkbenchSession session = SampleWindow.openSample("yusuan-grid-widths");

    @Start
    void start(Stage stage) {
        SampleWindow.show(stage, session, Page.Screen.BASIC);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void noCodeNameIsCut(FxRobot robot) throws Exception {
        TableView<BasicLineRow> table = robot.lookup("#basic-lines").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !cells(robot, table, GOVERNMENT).isEmpty());
        // every row, not only those on screen: scroll through the grid
        for (int row = 0; row < table.getItems().size(); row += 8) {
            int at = row;
            robot.interact(() -> table.scrollTo(at));
            WaitForAsyncUtils.waitForFxEvents();
            for (int column = UNIT; column <= GOVERNMENT; column++) {
                assertThat(cells(robot, table, column)).allSatisfy(cell -> assertThat(((Text) cell.lookup(".text"))
                        .getText()).as("what the cell shows").isEqualTo(cell.getText()));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aColumnWidenedByHandKeepsItsWidthWhenItsContentChanges(FxRobot robot) throws Exception {
        TableView<BasicLineRow> table = robot.lookup("#basic-lines").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !cells(robot, table, UNIT).isEmpty());
        TableColumn<BasicLineRow, ?> note = table.getColumns().get(NOTE);
        double widened = note.getWidth() + 200;
        // as a drag on the header's edge does it
        robot.interact(() -> table.resizeColumn(note, 200));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Math.abs(note.getWidth() - widened) < 1);

        // a longer note, still narrower than the user made the column: fitting would change its width
        var first = table.getItems().get(0).line();
        robot.interact(() -> session.workspace().orElseThrow().apply(new org.yusuan.workbench.service.Edit.BasicLines(
                "note", List.of(first), List.of(first.withNote("按编制人数测算")))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "按编制人数测算".equals(
                table.getItems().stream().filter(r -> r.line().id() == first.id()).findFirst().orElseThrow().line().note()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getWidth()).isCloseTo(widened, org.assertj.core.data.Offset.offset(1.0));
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot, TableView<BasicLineRow> table, int column) {
        return robot.lookup("#basic-lines .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.isVisible() && c.getTableColumn() == table.getColumns().get(column)
                        && c.getText() != null && !c.getText().isEmpty())
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
    }
}
