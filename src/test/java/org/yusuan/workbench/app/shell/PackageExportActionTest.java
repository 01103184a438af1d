package org.yusuan.workbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.DialogService;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.service.BudgetFiles;
import org.yusuan.workbench.service.Edit;
import org.yusuan.workbench.service.SubmissionExport;

/**
 * 文件 → 导出报送数据包 on the sample, headless: the stage, 区划 (kept in the file) and booklet are chosen,
 * the counts of explained findings shown, the audit's error is shown before
 * anything is written, and only 仍然导出 writes the package, which then verifies with the error inside.
 * The save dialog is the one thing replaced (a native dialog cannot be driven headless).
 */
@ExtendWith(ApplicationExtension.class)
class PackageExportActionTest {

    private static Path folder;
    private static WorkbenchSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("yusuan-package");
        System.setProperty("yusuan.keys", folder.resolve("keys").toString());
        session = WorkbenchSession.open(folder.resolve("budget.mv.db"), true);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterAll
    static void close() {
        System.clearProperty("yusuan.keys");
        if (session != null) {
            session.close();
        }
    }

    @Test
    void errorsComeFirstAndOnlyAnExplicitChoiceExports(FxRobot robot) throws Exception {
        Path target = folder.resolve("上党分局-2023-二上.yspkg");
        var action = new PackageExportAction(() -> stage, new DialogService(() -> stage), new BackgroundTasks(),
                (title, suggested, description, pattern) -> {
                    assertThat(suggested).isEqualTo("长治市公安局上党分局-2023-二上.yspkg");
                    return Optional.of(target);
                });
        var workspace = session.workspace().orElseThrow();
        Finding error = workspace.audit().of(Severity.ERROR).get(0);
        robot.interact(() -> workspace.apply(new Edit.ExplanationChange("说明", SubmissionExport.findingKey(error),
                null, "该项目绩效目标表由主管部门统一填报。")));
        Platform.runLater(() -> action.start(session));

        DialogPane options = waitForDialog(robot, "#package-stage");
        assertThat(((Label) options.lookup("#package-findings")).getText())
                .contains("错误 1 项（已写出错说明 1 项）");
        robot.interact(() -> ((ComboBox<?>) options.lookup("#package-stage-choice")).getSelectionModel().select(1));
        TextField division = (TextField) options.lookup("#package-division");
        Node next = button(options, ButtonBar.ButtonData.OK_DONE);
        robot.interact(() -> division.setText("14a"));
        assertThat(next.isDisabled()).as("a code that cannot be a 区划 cannot go on").isTrue();
        robot.interact(() -> division.setText("140404"));
        assertThat(next.isDisabled()).isFalse();
        robot.interact(() -> ((CheckBox) options.lookup("#package-booklet")).setSelected(true));
        robot.clickOn(next);

        DialogPane errors = waitForDialog(robot, "#package-errors");
        assertThat(errors.getHeaderText()).contains("1 项错误");
        assertThat(errors.getContentText()).startsWith("【错误】项目缺少绩效目标表：").contains("随数据包一并报送");
        assertThat(target).as("nothing is written before the errors are accepted").doesNotExist();
        assertThat(workspace.budget().department().divisionCode()).as("the 区划 is kept in the file")
                .isEqualTo("140404");
        robot.clickOn(button(errors, ButtonBar.ButtonData.OK_DONE));

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(target)
                && Files.exists(folder.resolve("上党分局-2023-二上-报送函.pdf")));
        var check = new BudgetFiles().verifyPackage(target, Optional.empty());
        assertThat(check.accepted()).as(check.refusal()).isTrue();
        assertThat(check.contents().stage()).isEqualTo("二上");
        assertThat(check.contents().errors()).isEqualTo(1);
        assertThat(check.contents().divisionCode()).isEqualTo("140404");
        assertThat(check.contents().hasBooklet()).isTrue();
        assertThat(check.contents().explainedFindings()).as("the 出错说明 written on the 审核 page travels")
                .isEqualTo(1);
    }

    private static DialogPane waitForDialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    private static Node button(DialogPane pane, ButtonBar.ButtonData data) {
        return pane.lookupButton(pane.getButtonTypes().stream().filter(b -> b.getButtonData() == data)
                .findFirst().orElseThrow());
    }
}
