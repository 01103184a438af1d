package org.yusuan.workbench.app.tour;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.yusuan.workbench.app.BundledFonts;
import org.yusuan.workbench.app.WorkbenchApplication;
import org.yusuan.workbench.app.WorkbenchSession;
import org.yusuan.workbench.app.shell.MainWindow;

/**
 * Opens the workstation on a fresh copy of the sample and saves a screenshot of each main screen
 * into the folder given as the first argument (tools/screenshots.sh runs it under Xvfb for the
 * user guide).
 */
public final class ScreenshotTour extends Application {

    /** Page key → file name, in the order the user guide walks through them. */
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("overview", "overview.png");
        PAGES.put("units", "units.png");
        PAGES.put("basic", "basic-lines.png");
        PAGES.put("personnelCalc", "personnel-calculator.png");
        PAGES.put("projects", "projects.png");
        PAGES.put("forms", "forms.png");
        PAGES.put("table1", "table-01.png");
        PAGES.put("table3", "table-03.png");
        PAGES.put("table6", "table-06.png");
        PAGES.put("table12", "table-12.png");
        PAGES.put("narrativeInputs", "narrative-inputs.png");
        PAGES.put("narrative", "narrative.png");
        PAGES.put("charts", "charts.png");
        PAGES.put("audit", "audit.png");
    }

    private Path output;
    private WorkbenchSession session;

    /** Entry point kept outside the Application class so a plain classpath launch works. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ScreenshotTour.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        output = Path.of(getParameters().getRaw().get(0));
        Files.createDirectories(output);
        Path file = Files.createTempDirectory("yusuan-tour").resolve("sample.mv.db");
        BundledFonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = WorkbenchSession.open(file, true);
        MainWindow window = new MainWindow(p -> { }, Platform::exit, new org.yusuan.workbench.app.BackgroundTasks());
        Scene scene = new Scene(window.root(), 1360, 860);
        scene.getStylesheets().add(WorkbenchApplication.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("预算编制工作台");
        stage.show();
        window.show(session);
        shoot(scene, window, PAGES.keySet().toArray(String[]::new), 0);
    }

    /** One page at a time, with a pause so layout and charts settle before the snapshot. */
    private void shoot(Scene scene, MainWindow window, String[] keys, int index) {
        if (index == keys.length) {
            session.close();
            Platform.exit();
            return;
        }
        if (keys[index].equals("forms")) {
            window.jumpTo(org.yusuan.workbench.audit.RecordRef.form("012001-001")); // a filled form, not the empty 部门整体 one
        } else {
            window.showPage(keys[index]);
        }
        PauseTransition settle = new PauseTransition(Duration.millis(700));
        settle.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                        output.resolve(PAGES.get(keys[index])).toFile());
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            shoot(scene, window, keys, index + 1);
        });
        settle.play();
    }
}
