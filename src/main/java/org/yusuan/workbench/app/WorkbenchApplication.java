package org.yusuan.workbench.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.store.BudgetDatabase;

/** The workstation: opens the budget file (the default one unless told otherwise) in the main window. */
public final class WorkbenchApplication extends Application {

    private final BackgroundTasks background = new BackgroundTasks();
    private WorkbenchSession session;
    private MainWindow window;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        BundledFonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(this::open, Platform::exit, background);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(WorkbenchApplication.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.show();
        open(DefaultBudgetFile.resolve(getParameters().getRaw().toArray(String[]::new)));
    }

    /** Opens {@code file} off the FX thread; the current file stays open if that fails. */
    void open(Path file) {
        boolean firstStart = !BudgetDatabase.exists(file);
        window.showBusy(Messages.get(firstStart ? "app.creatingSample" : "app.opening"));
        Task<WorkbenchSession> task = new Task<>() {
            @Override
            protected WorkbenchSession call() {
                return WorkbenchSession.open(file, true);
            }
        };
        task.setOnSucceeded(e -> {
            if (session != null) {
                session.close();
            }
            session = task.getValue();
            RecentFiles.ofUser().opened(session.file());
            window.show(session);
            stage.setTitle(Messages.get("app.title.withFile", session.file().getFileName()));
        });
        task.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, task.getException().getMessage());
            alert.setHeaderText(Messages.get("app.openFailed.title"));
            alert.initOwner(stage);
            alert.showAndWait();
            if (session == null) {
                Platform.exit();
            } else {
                window.show(session);
            }
        });
        background.submit(task);
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
        background.close();
    }
}
