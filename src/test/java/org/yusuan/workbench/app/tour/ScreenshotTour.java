package org.yusuan.workbench.app.tour;
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
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.Page;
import org.yusuan.workbench.app.shell.WorkbenchSession;

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
        PAGES.put("wording", "wording.png");
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
        // As the workstation starts: the interface language for JavaFX's own texts (the About box's
        // button read "OK" in the user guide), the theme, the font, the stylesheet on every window.
        org.yusuan.workbench.app.WorkbenchLook.install();
        session = WorkbenchSession.open(file, true);
        MainWindow window = new MainWindow(p -> { }, Platform::exit, new org.yusuan.workbench.app.common.BackgroundTasks());
        Scene scene = new Scene(window.root(), 1360, 860);
        stage.setScene(scene);
        stage.setTitle("预算编制工作台");
        stage.show();
        window.show(session);
        shoot(scene, window, PAGES.keySet().toArray(String[]::new), 0);
    }

    /**
     * The print preview (on a table page) and the About box, opened from their menu items as a user
     * opens them; each window is saved once it is drawn, then closed.
     */
    private void shootDialogs(MainWindow window) {
        javafx.scene.control.MenuBar menus = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) window.root()).getTop();
        Platform.runLater(() -> item(menus, "打印预览…").fire());
        whenShown("preview-print", n -> !((javafx.scene.control.Button) n).isDisabled(), preview -> {
            for (int i = 0; i < 6; i++) {
                javafx.event.Event.fireEvent(preview.getRoot(), new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.PAGE_DOWN,
                        false, false, false, false));
            }
            afterSettling(() -> {
                save(preview, "preview.png");
                ((Stage) preview.getWindow()).close();
                whenShown("about", n -> true, about -> {
                    save(about, "about.png");
                    ((Stage) about.getWindow()).close();
                    session.close();
                    Platform.exit();
                });
                // showAndWait: not from an animation's handler
                Platform.runLater(() -> item(menus, "关于").fire());
            });
        });
    }

    private static javafx.scene.control.MenuItem item(javafx.scene.control.MenuBar menus, String text) {
        return menus.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow();
    }

    /** Polls (the tour is no test: a pause is fine) until a window shows node #id in the given state. */
    private void whenShown(String id, java.util.function.Predicate<javafx.scene.Node> ready,
            java.util.function.Consumer<Scene> then) {
        afterSettling(() -> {
            var found = javafx.stage.Window.getWindows().stream().map(javafx.stage.Window::getScene)
                    .filter(sc -> sc != null && sc.lookup("#" + id) != null && ready.test(sc.lookup("#" + id))).findFirst();
            if (found.isPresent()) {
                afterSettling(() -> then.accept(found.get()));
            } else {
                whenShown(id, ready, then);
            }
        });
    }

    private static void afterSettling(Runnable action) {
        PauseTransition settle = new PauseTransition(Duration.millis(700));
        settle.setOnFinished(e -> action.run());
        settle.play();
    }

    private void save(Scene scene, String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", output.resolve(name).toFile());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** One page at a time, with a pause so layout and charts settle before the snapshot. */
    private void shoot(Scene scene, MainWindow window, String[] keys, int index) {
        if (index == keys.length) {
            shootDialogs(window);
            return;
        }
        if (keys[index].equals("forms")) {
            window.jumpTo(org.yusuan.workbench.audit.RecordRef.form("012001-001")); // a filled form, not the empty 部门整体 one
        } else {
            window.showPage(Page.of(keys[index]).orElseThrow());
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
