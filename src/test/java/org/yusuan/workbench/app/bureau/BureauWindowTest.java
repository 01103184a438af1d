package org.yusuan.workbench.app.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.domain.bureau.ReceivedFinding;
import org.yusuan.workbench.domain.bureau.RegisterEntry;
import org.yusuan.workbench.service.SigningKeys;
import org.yusuan.workbench.service.bureau.Bureau;
import org.yusuan.workbench.testsupport.Departments;

/**
 * The 汇总 window on a real H2 store, headless: two departments received (one through the window), a
 * third registered but missing; the consolidated table 1 shown; a click on its total lists the two
 * departments with amounts that add up to the cell.
 */
@ExtendWith(ApplicationExtension.class)
class BureauWindowTest {

    private final Path folder;
    private final Path second;
    private final String store;
    private BureauWindow window;

    BureauWindowTest() throws Exception {
        // Made before TestFX's setup, whose time limit a busy machine could exceed.
        folder = Files.createTempDirectory("yusuan-bureau-window");
        var keys = new SigningKeys(folder.resolve("keys"));
        var error = org.yusuan.workbench.audit.Audit.standard().run(SampleFixture.budget(), SampleFixture.CHART)
                .of(org.yusuan.workbench.audit.Severity.ERROR).get(0);
        Path sample = Departments.exportPackage(SampleFixture.budget(), folder.resolve("上党分局.yspkg"), keys,
                Instant.parse("2026-11-20T08:00:00Z"), java.util.Map.of(
                        org.yusuan.workbench.service.SubmissionExport.findingKey(error), "由主管部门统一填报。"));
        second = Departments.exportPackage(Departments.department(1), folder.resolve("第二部门.yspkg"), keys,
                Instant.parse("2026-11-20T08:00:00Z"));
        store = folder.resolve("汇总").toString();
        try (Bureau bureau = Bureau.init(store, Clock.systemUTC())) {
            String fingerprint = keys.fingerprint().orElseThrow();
            bureau.trust(SampleFixture.budget().department().code(), fingerprint);
            bureau.trust(Departments.department(1).department().code(), fingerprint);
            bureau.trust("777777", fingerprint);
            bureau.receive(List.of(sample));
        }
    }

    /** What the user's next 汇总库 window would open, before the test: the test must not change it. */
    private final String remembered = org.yusuan.workbench.app.common.UserPreferences.node("bureau").get("location", "");

    @Start
    void start(Stage stage) {
        window = BureauWindow.showOnly(stage, store);
    }

    @Test
    void departmentsTablesAndTheDepartmentsInACell(FxRobot robot) throws Exception {
        TableView<RegisterEntry> departments = robot.lookup("#bureau-departments").queryTableView();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> departments.getItems().size() == 1);
        assertThat(text(robot, "#bureau-missing")).contains("尚未报送 2 个部门").contains("777777");
        // The first department's findings are shown at once: errors first, with the unit's 出错说明.
        ListView<ReceivedFinding> findings = robot.lookup("#bureau-findings").queryListView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !findings.getItems().isEmpty());
        assertThat(findings.getItems().get(0).severity()).isEqualTo("ERROR");
        assertThat(findings.getItems().get(0).explanation()).isEqualTo("由主管部门统一填报。");
        assertThat(text(robot, "#bureau-findings-heading")).contains("错误 1 项").contains("出错说明的 1 项");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#bureau-findings .finding-explanation")
                .tryQuery().map(n -> ((Label) n).getText().equals("出错说明：由主管部门统一填报。")).orElse(false));

        assertThat(text(robot, "#bureau-findings-heading")).contains("上党分局.yspkg").contains("接收");
        // At the window's size every column of the departments is in sight and the heading is whole.
        allColumnsInSight(departments);
        Label heading = robot.lookup("#bureau-findings-heading").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ((javafx.scene.text.Text) heading.lookup(".text")).getText().equals(heading.getText()));

        robot.interact(() -> window.receive(List.of(second)));
        // The window's state is read from the test's thread: wait for the whole of it, not its first part.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> departments.getItems().size() == 2
                && text(robot, "#bureau-missing").contains("尚未报送 1 个部门"));
        // Seen from this thread in the middle of the FX event that shows the round: let that event finish.
        WaitForAsyncUtils.waitForFxEvents();
        allColumnsInSight(departments);
        assertThat(departments.getItems()).extracting(RegisterEntry::depName)
                .containsExactly(SampleFixture.budget().department().name(), Departments.department(1).department().name());
        assertThat(text(robot, "#bureau-missing")).contains("尚未报送 1 个部门");
        assertThat(text(robot, "#table-title")).contains("预算收支总表");
        assertThat(text(robot, "#trace-heading")).contains("哪些部门");

        TableView<org.yusuan.workbench.calc.table.TableRow> table = robot.lookup("#disclosure-table").queryTableView();
        var total = table.getItems().get(0);
        robot.interact(() -> table.getFocusModel().focus(0, table.getVisibleLeafColumns().get(1)));
        TableView<org.yusuan.workbench.app.tables.TraceLine> trace = robot.lookup("#cell-trace").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> trace.getItems().size() == 2);
        assertThat(trace.getItems().stream().map(org.yusuan.workbench.app.tables.TraceLine::amount)
                .reduce(org.yusuan.workbench.domain.money.Yuan.ZERO, org.yusuan.workbench.domain.money.Yuan::plus))
                .isEqualTo(((Cell.Amount) total.cell(1)).exact());
        robot.interact(() -> window.stage().close());
        assertThat(org.yusuan.workbench.app.common.UserPreferences.node("bureau").get("location", ""))
                .as("a test's temporary store is not remembered for the user").isEqualTo(remembered);
    }

    private static void allColumnsInSight(TableView<?> table) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getVisibleLeafColumns().stream()
                .mapToDouble(javafx.scene.control.TableColumn::getWidth).sum() <= table.getWidth());
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return ((Label) node).getText();
    }
}
