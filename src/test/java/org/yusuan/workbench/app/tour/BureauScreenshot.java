package org.yusuan.workbench.app.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.yusuan.workbench.app.WorkbenchLook;
import org.yusuan.workbench.app.bureau.BureauWindow;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.service.SigningKeys;
import org.yusuan.workbench.service.bureau.Bureau;
import org.yusuan.workbench.testsupport.Departments;

/**
 * The 汇总库 window on a store of two received departments and one missing, with the departments behind
 * the consolidated total shown: saved as {@code bureau.png} into the folder given (tools/screenshots.sh).
 */
public final class BureauScreenshot extends Application {

    /** Entry point kept outside the Application class so a plain classpath launch works. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BureauScreenshot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        WorkbenchLook.install();
        Path output = Path.of(getParameters().getRaw().get(0));
        Path folder = Files.createTempDirectory("yusuan-bureau-shot");
        var keys = new SigningKeys(folder.resolve("keys"));
        Instant made = Instant.parse("2026-11-20T08:00:00Z");
        List<Path> packages = List.of(
                Departments.exportPackage(SampleFixture.budget(), folder.resolve("上党分局-2023-一上.yspkg"), keys, made),
                Departments.exportPackage(Departments.department(1), folder.resolve("第二部门-2023-一上.yspkg"), keys, made));
        String store = folder.resolve("汇总2023").toString();
        try (Bureau bureau = Bureau.init(store, Clock.systemUTC())) {
            String fingerprint = keys.fingerprint().orElseThrow();
            bureau.trust(SampleFixture.budget().department().code(), fingerprint);
            bureau.trust(Departments.department(1).department().code(), fingerprint);
            bureau.trust("012999", fingerprint);
            bureau.receive(packages);
        }
        BureauWindow window = BureauWindow.showOnly(null, store);
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) window.stage().getScene().lookup("#disclosure-table");
        whenFilled(table, () -> {
            table.getFocusModel().focus(0, table.getVisibleLeafColumns().get(1));
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null), "png",
                            output.resolve("bureau.png").toFile());
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
                Platform.exit();
            });
            settle.play();
        });
    }

    private static void whenFilled(TableView<?> table, Runnable then) {
        if (!table.getItems().isEmpty()) {
            then.run();
            return;
        }
        PauseTransition poll = new PauseTransition(Duration.millis(200));
        poll.setOnFinished(e -> whenFilled(table, then));
        poll.play();
    }
}
