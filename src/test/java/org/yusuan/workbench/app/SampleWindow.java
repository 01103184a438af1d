package org.yusuan.workbench.app;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WorkbenchSession;

/**
 * For UI tests: the sample imported into a fresh budget file, and the main window on a page.
 * Open the session when the test instance is made, before TestFX's setup: inside {@code @Start}
 * the import counts against TestFX's setup time limit, which a busy machine can exceed.
 */
public final class SampleWindow {

    private SampleWindow() {
    }

    /** A new file in a temporary folder holding the sample. */
    public static WorkbenchSession openSample(String folderPrefix) {
        try {
            return WorkbenchSession.open(Files.createTempDirectory(folderPrefix).resolve("b.mv.db"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows {@code session} in a main window on {@code page}, 1400×900. */
    public static MainWindow show(Stage stage, WorkbenchSession session, Page page) {
        MainWindow window = new MainWindow(p -> { }, () -> { }, new BackgroundTasks());
        window.show(session);
        window.showPage(page);
        stage.setScene(new Scene(window.root(), 1400, 900));
        stage.show();
        return window;
    }
}
