package org.yusuan.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.common.BundledFonts;

/**
 * Every window the workstation opens, a dialog included, is drawn in the bundled font: dialogs are
 * scenes of their own, and without the stylesheet they used the system font, which on a machine
 * without Chinese fonts drew □ for every character.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchLookTest {

    @Start
    void start(Stage stage) {
        WorkbenchLook.install();
    }

    @Test
    void aDialogOpenedLaterUsesTheBundledFont(FxRobot robot) throws Exception {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = new Alert(Alert.AlertType.INFORMATION, "预算文件已保存");
            alert[0].show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> alert[0].getDialogPane().getScene() != null
                && alert[0].getDialogPane().lookup(".content") != null);
        robot.interact(() -> alert[0].getDialogPane().applyCss());
        Label content = (Label) alert[0].getDialogPane().lookup(".content");
        assertThat(content.getFont().getFamily()).isEqualTo(BundledFonts.FAMILY);
        robot.interact(() -> alert[0].close());
    }
}
