package org.yusuan.workbench.app.tables;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.SampleWindow;
import org.yusuan.workbench.app.WorkbenchApplication;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.BundledFonts;
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WindowPlacement;
import org.yusuan.workbench.app.shell.WorkbenchSession;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.Edit;

/**
 * The 13 disclosure tables (and the 概况's units) as an accountant sees them on a 1366×768 laptop: the
 * first window there, styled as the workstation styles it (Primer, workbench.css, the bundled font),
 * with its navigation pane at its least width.
 */
@ExtendWith(ApplicationExtension.class)
class DisclosureTableViewTest {

    private static final String ELLIPSIS = "…";

    /**
     * Opened before TestFX's setup (see {@link SampleWindow}): inside {@code @Start} the import
     * counted against TestFX's 30 s setup limit, which it exceeded in round 1 of tools/reliability/ui-repeat.sh at load 14-18.
     */
    private final WorkbenchSession session = SampleWindow.openSample("yusuan-tables");
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        BundledFonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(p -> { }, () -> { }, new BackgroundTasks());
        window.show(session);
        // The first window on a 1366×768 laptop with a 40 px task bar (1280×728), not the whole screen.
        javafx.geometry.Rectangle2D place = WindowPlacement.firstPlace(new javafx.geometry.Rectangle2D(0, 0, 1366, 728));
        scene = new Scene(window.root(), place.getWidth(), place.getHeight());
        scene.getStylesheets().add(WorkbenchApplication.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @AfterAll
    static void backToTheDefaultLook() {
        // The other UI tests run on JavaFX's own stylesheet in the same JVM.
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noHeaderOfTables1To13IsCutAndNoColumnIsScrolledAway(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        List<Integer> scrolling = new ArrayList<>();
        for (int n = 1; n <= 13; n++) {
            TableView<TableRow> table = open(robot, n);
            int number = n;
            onFx(() -> {
                for (Node node : table.lookupAll(".column-header .label")) {
                    Labeled label = (Labeled) node;
                    rendered(label).filter(shown -> !shown.equals(label.getText()))
                            .ifPresent(shown -> cut.add("表" + number + " " + label.getText() + " → " + shown));
                }
                if (horizontalScrollBarShown(table)) {
                    scrolling.add(number);
                }
                return null;
            });
        }
        assertThat(cut).as("headers shown cut at 1366×768").isEmpty();
        assertThat(scrolling).as("tables whose columns do not all fit at 1366×768").isEmpty();
    }

    @Test
    void theOverviewsUnitTableCutsNoHeaderAndNoName(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPage(Page.Screen.OVERVIEW));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> scene.getRoot().lookup("#unit-table") != null));
        TableView<?> table = onFx(() -> (TableView<?>) scene.getRoot().lookup("#unit-table"));
        awaitLayout(table);
        List<String> checked = new ArrayList<>();
        List<String> cut = onFx(() -> {
            List<String> shownCut = new ArrayList<>();
            List<Node> labels = new ArrayList<>(table.lookupAll(".column-header .label"));
            labels.addAll(table.lookupAll(".table-cell"));
            for (Node node : labels) {
                Labeled label = (Labeled) node;
                rendered(label).ifPresent(shown -> checked.add(label.getText()));
                rendered(label).filter(shown -> !shown.equals(label.getText()))
                        .ifPresent(shown -> shownCut.add(label.getText() + " → " + shown));
            }
            return shownCut;
        });
        assertThat(checked).as("the texts looked at").contains("单位名称", "基本支出（元）", "长治市公安局上党分局");
        assertThat(cut).as("单位与人员: headers and cells shown cut").isEmpty();
        assertThat(onFx(() -> horizontalScrollBarShown(table))).as("单位与人员 scrolls sideways").isFalse();
    }

    @Test
    void projectNamesInTables12And13AreShownInFullAndTheHeaderStaysWhenScrolling(FxRobot robot) throws Exception {
        for (int n : new int[] {12, 13}) {
            TableView<TableRow> table = open(robot, n);
            String longest = table.getItems().stream().map(row -> row.cell(0).printed())
                    .max(Comparator.comparingInt(String::length)).orElseThrow();
            int row = IntStream.range(0, table.getItems().size())
                    .filter(i -> table.getItems().get(i).cell(0).printed().equals(longest)).findFirst().orElseThrow();
            double headerTop = onFx(() -> headerTop(table));
            robot.interact(() -> table.scrollTo(row));
            awaitLayout(table);
            assertThat(onFx(() -> headerTop(table))).as("表" + n + ": the header stays while the rows scroll")
                    .isEqualTo(headerTop);
            List<String> shown = onFx(() -> table.lookupAll(".table-cell").stream()
                    .map(node -> (TableCell<?, ?>) node)
                    .filter(cell -> cell.getTableColumn() == table.getVisibleLeafColumn(0) && cell.getIndex() == row)
                    .map(cell -> rendered(cell).orElse("")).toList());
            assertThat(shown).as("表" + n + ": the cell of the longest project name").containsExactly(longest);
            List<String> names = onFx(() -> table.lookupAll(".table-cell").stream()
                    .map(node -> (TableCell<?, ?>) node)
                    .filter(cell -> cell.getTableColumn() == table.getVisibleLeafColumn(0) && cell.isVisible()
                            && cell.getIndex() >= 0 && cell.getIndex() < table.getItems().size())
                    .filter(cell -> !rendered(cell).orElse("").equals(table.getItems().get(cell.getIndex()).cell(0).printed()))
                    .map(cell -> table.getItems().get(cell.getIndex()).cell(0).printed() + " → " + rendered(cell).orElse(""))
                    .toList());
            assertThat(names).as("表" + n + ": names shown cut").isEmpty();
        }
    }

    @Test
    void onANarrowerPageLongProjectNamesWrapAndAreStillShownInFull(FxRobot robot) throws Exception {
        TableView<TableRow> table = open(robot, 13);
        // The navigation pane dragged wider with the table on screen: the rows measured at the old
        // widths must grow. (The stage is not resized: it is shared with the other test classes.)
        robot.interact(() -> ((SplitPane) window.root().lookup(".split-pane")).setDividerPositions(0.4));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table.getWidth() < 800));
        awaitLayout(table);
        List<String> cut = onFx(() -> table.lookupAll(".table-cell").stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() == table.getVisibleLeafColumn(0) && cell.isVisible()
                        && cell.getIndex() >= 0 && cell.getIndex() < table.getItems().size())
                .filter(cell -> !rendered(cell).orElse("").equals(table.getItems().get(cell.getIndex()).cell(0).printed()))
                .map(cell -> table.getItems().get(cell.getIndex()).cell(0).printed() + " → " + rendered(cell).orElse(""))
                .toList());
        assertThat(cut).as("names shown cut with the navigation pane at 40 % of the window").isEmpty();
        double oneLine = onFx(() -> table.lookupAll(".table-cell").stream().map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getIndex() == 0).mapToDouble(TableCell::getHeight).min().orElseThrow());
        double tallest = onFx(() -> table.lookupAll(".table-cell").stream().map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() == table.getVisibleLeafColumn(0))
                .mapToDouble(TableCell::getHeight).max().orElseThrow());
        assertThat(tallest).as("a row made taller by a wrapped name").isGreaterThan(oneLine + 10);
    }

    @Test
    void textAndFiguresShareTheirLineBeforeAndAfterAnEdit(FxRobot robot) throws Exception {
        TableView<TableRow> table = open(robot, 3);
        assertThat(misalignedRows(table)).as("before an edit").isEmpty();

        BudgetWorkspace workspace = session.workspace().orElseThrow();
        BasicExpenditureLine line = workspace.budget().basicLines().get(0);
        BasicExpenditureLine raised = new BasicExpenditureLine(line.id(), line.unitCode(), line.functionCode(),
                line.departmentalEconomicCode(), line.governmentEconomicOverride(), line.source(),
                Yuan.parse("8047500"), line.expenseKindOverride(), line.fundYear(), line.note());
        robot.interact(() -> workspace.apply(new Edit.BasicLines("修改基本支出金额", List.of(line), List.of(raised))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table.lookupAll(".table-cell").stream()
                .map(node -> ((Labeled) node).getText())
                .anyMatch(text -> text != null && text.replace(",", "").equals("3172.61"))));
        awaitLayout(table);
        assertThat(misalignedRows(table)).as("after an edit").isEmpty();
    }

    @Test
    void figuresShowThousandsSeparatorsAsInTheGrids(FxRobot robot) throws Exception {
        TableView<TableRow> table = open(robot, 3);
        List<String> figures = onFx(() -> table.lookupAll(".table-cell").stream()
                .map(node -> ((Labeled) node).getText()).filter(text -> text != null && text.matches("[\\d,.]+"))
                .toList());
        assertThat(figures).contains("9,890.04", "3,171.61").doesNotContain("9890.04", "3171.61");
    }

    private static double headerTop(TableView<?> table) {
        Node header = table.lookup(".column-header-background");
        return header.isVisible() ? header.localToScene(0, 0).getY() : Double.NaN;
    }

    /** Rows (by their first cell) where a text cell and a figure are not drawn on the same line. */
    private List<String> misalignedRows(TableView<TableRow> table) throws Exception {
        return onFx(() -> {
            List<String> misaligned = new ArrayList<>();
            var byRow = table.lookupAll(".table-cell").stream().map(node -> (TableCell<?, ?>) node)
                    .filter(cell -> cell.isVisible() && cell.getIndex() >= 0 && cell.getIndex() < table.getItems().size()
                            && cell.getText() != null && !cell.getText().isEmpty())
                    .collect(java.util.stream.Collectors.groupingBy(TableCell::getIndex));
            byRow.forEach((index, cells) -> {
                List<Double> middles = cells.stream().map(DisclosureTableViewTest::textMiddle).flatMap(Optional::stream).toList();
                double spread = middles.stream().mapToDouble(d -> d).max().orElse(0)
                        - middles.stream().mapToDouble(d -> d).min().orElse(0);
                if (spread > 1.5) {
                    misaligned.add(table.getItems().get(index).cell(0).printed() + " "
                            + table.getItems().get(index).cell(1).printed() + ": " + middles);
                }
            });
            return misaligned;
        });
    }

    /** The vertical middle of a cell's drawn text, in scene coordinates. */
    private static Optional<Double> textMiddle(Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).findFirst().map(text -> {
            Bounds bounds = text.localToScene(text.getBoundsInLocal());
            return (bounds.getMinY() + bounds.getMaxY()) / 2;
        });
    }

    /** What a label draws: the text of its own Text node, which ends in "…" when the label cuts it. */
    private static Optional<String> rendered(Labeled label) {
        if (label.getText() == null || label.getText().isEmpty()) {
            return Optional.empty();
        }
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(text -> ((Text) text).getText()).findFirst()
                .or(() -> Optional.of(ELLIPSIS));
    }

    private static boolean horizontalScrollBarShown(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(node -> node instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    @SuppressWarnings("unchecked")
    private TableView<TableRow> open(FxRobot robot, int number) throws Exception {
        robot.interact(() -> window.showPage(new Page.Table(number)));
        // The table is reachable once the page's split pane has its skin, at the next pulse.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> shownTable().isPresent()));
        TableView<TableRow> table = onFx(() -> (TableView<TableRow>) shownTable().orElseThrow());
        awaitLayout(table);
        return table;
    }

    private Optional<Node> shownTable() {
        return scene.getRoot().lookupAll("#disclosure-table").stream().filter(Node::isVisible).findFirst();
    }

    /** Until the window has been laid out with the table showing (layout may take a few pulses on a busy machine). */
    private void awaitLayout(TableView<?> table) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table.getScene() == scene
                && table.getWidth() > 0 && !table.lookupAll(".column-header .label").isEmpty()
                && !scene.getRoot().isNeedsLayout()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !scene.getRoot().isNeedsLayout()));
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }
}
