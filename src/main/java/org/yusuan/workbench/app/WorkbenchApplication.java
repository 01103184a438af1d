package org.yusuan.workbench.app;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.DialogService;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.common.RecentFiles;
import org.yusuan.workbench.app.shell.DefaultBudgetFile;
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.WindowMemory;
import org.yusuan.workbench.app.shell.WindowPlacement;
import org.yusuan.workbench.app.shell.WorkbenchSession;

/** The workstation: opens the budget file (the default one unless told otherwise) in the main window. */
public final class WorkbenchApplication extends Application {

    private final BackgroundTasks background = new BackgroundTasks();
    private WorkbenchSession session;
    private MainWindow window;
    private Stage stage;
    /** Set when started with --self-check=REPORT: check every page once the budget shows, then exit. */
    private SelfCheck selfCheck;
    private WindowMemory memory;
    private WindowPlacement placement;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        WorkbenchLook.install();
        selfCheck = SelfCheck.requested(getParameters().getRaw()).orElse(null);
        // The self-check visits every page: that is not the accountant's last page.
        memory = selfCheck == null ? WindowMemory.ofUser() : WindowMemory.forgetful();
        window = new MainWindow(this::open, Platform::exit, background, memory);
        Scene scene = new Scene(window.root());
        WorkbenchLook.addStylesheet(scene);
        stage.setScene(scene);
        WindowPlacement.placeFirst(stage);
        stage.setTitle(Messages.get("app.title"));
        stage.show();
        placement = new WindowPlacement(stage, memory);
        open(DefaultBudgetFile.resolve(SelfCheck.withoutFlag(getParameters().getRaw())));
    }

    /** Opens {@code file} off the FX thread; the current file stays open if that fails. */
    void open(Path file) {
        FirstOpen early = FirstOpen.take(file);
        boolean firstStart = early != null ? early.firstStart() : !WorkbenchSession.exists(file);
        window.showBusy(Messages.get(firstStart ? "app.creatingSample" : "app.opening"));
        Task<WorkbenchSession> task = new Task<>() {
            @Override
            protected WorkbenchSession call() {
                return early != null ? early.session() : WorkbenchSession.open(file, true);
            }
        };
        task.setOnSucceeded(e -> {
            if (session != null) {
                session.close();
            }
            session = task.getValue();
            RecentFiles.ofUser().opened(session.file());
            placement.show(window, session);
            stage.setTitle(Messages.get("app.title.withFile", session.file().getFileName()));
            if (selfCheck != null) {
                int status = selfCheck.run(window, stage);
                stop();
                Runtime.getRuntime().halt(status); // the FX toolkit would otherwise outlive the check
            }
        });
        task.setOnFailed(e -> {
            new DialogService(() -> stage).errorAndWait(Messages.get("app.openFailed.title"),
                    task.getException().getMessage());
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
