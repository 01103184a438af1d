package org.yusuan.workbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.common.BackgroundTasks;

/** 帮助 → 关于: the version, the licences, the data folder, all of it readable. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private WorkbenchSession session;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempDirectory("yusuan-about").resolve("budget.mv.db");
        session = WorkbenchSession.open(file, true);
        MainWindow window = new MainWindow(path -> { }, () -> { }, new BackgroundTasks());
        window.show(session);
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.lookup(".dialog-pane").tryQuery().ifPresent(n -> robot.interact(() -> ((Stage) n.getScene().getWindow()).close()));
        session.close();
    }

    @Test
    void showsTheVersionLicencesAndDataFolderInFull(FxRobot robot) throws Exception {
        robot.clickOn("帮助").clickOn("关于");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> about.getScene().getWindow().isShowing());
        String text = String.join("\n", labels(about).stream().map(Label::getText).toList());

        // Run from target/classes: the version Maven wrote into the build, e.g. 0.1.0-SNAPSHOT.
        assertThat(text).containsPattern("版本\\n\\d+\\.\\d+\\.\\d+");
        assertThat(text).contains("AGPL-3.0-or-later", "Noto Sans SC", "SIL", "OFL-1.1");
        assertThat(text).contains(Path.of(System.getProperty("user.home"), "YusuanWorkbench").toString());
        assertThat(text).contains(file.toString());
        // Nothing promised that the program does not do yet (the bureau's data package).
        assertThat(text).doesNotContain("报送");

        // Readable in full: no label is cut to "…", and the window is as tall as its text.
        assertThat(labels(about)).allSatisfy(label -> {
            Text shown = (Text) label.lookup(".text");
            assertThat(shown.getText()).as(label.getText()).isEqualTo(label.getText());
        });
        assertThat(about.getHeight()).isGreaterThanOrEqualTo(about.prefHeight(about.getWidth()) - 1);
    }

    private static List<Label> labels(DialogPane about) {
        Node content = about.getContent() != null ? about.getContent() : about;
        return content.lookupAll(".label").stream().filter(Label.class::isInstance).map(Label.class::cast)
                .filter(l -> !l.getText().isEmpty()).toList();
    }
}
