package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.yusuan.workbench.app.Messages;
import org.yusuan.workbench.app.WorkbenchSession;
import org.yusuan.workbench.app.overview.OverviewView;
import org.yusuan.workbench.app.overview.OverviewViewModel;

/** The main window: menu bar, work area and status bar. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StackPane workArea = new StackPane();
    private final OverviewViewModel overview = new OverviewViewModel();
    private final StatusBarModel status = new StatusBarModel();
    private final Node overviewPage = new OverviewView(overview).build();

    /**
     * @param openRequest called with the file the user chose in 文件 → 打开
     * @param exitRequest called for 文件 → 退出
     */
    public MainWindow(Consumer<Path> openRequest, Runnable exitRequest) {
        root.getStyleClass().add("workbench");
        root.setTop(menuBar(openRequest, exitRequest));
        root.setCenter(workArea);
        root.setBottom(statusBar());
    }

    public Parent root() {
        return root;
    }

    /** Shows a busy indicator with {@code message} while a file opens. */
    public void showBusy(String message) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label(message);
        VBox busy = new VBox(16, spinner, label);
        busy.getStyleClass().add("busy");
        busy.setId("busy");
        workArea.getChildren().setAll(busy);
    }

    public void show(WorkbenchSession session) {
        session.budget().ifPresent(budget -> {
            overview.show(budget);
            status.show(session.file(), budget);
        });
        workArea.getChildren().setAll(overviewPage);
    }

    private MenuBar menuBar(Consumer<Path> openRequest, Runnable exitRequest) {
        MenuItem open = new MenuItem(Messages.get("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFile(root.getScene().getWindow()).ifPresent(openRequest));
        MenuItem exit = new MenuItem(Messages.get("menu.file.exit"));
        exit.setOnAction(e -> exitRequest.run());
        Menu file = new Menu(Messages.get("menu.file"), null, open, exit);
        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("about.text"));
            alert.setHeaderText(Messages.get("app.title"));
            alert.initOwner(root.getScene().getWindow());
            alert.showAndWait();
        });
        Menu help = new Menu(Messages.get("menu.help"), null, about);
        return new MenuBar(file, help);
    }

    private static java.util.Optional<Path> chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("fileChooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("fileChooser.filter"), "*.mv.db"));
        return java.util.Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    private Node statusBar() {
        Label file = new Label();
        file.textProperty().bind(status.fileProperty());
        Label totals = new Label();
        totals.textProperty().bind(status.totalsProperty());
        totals.setId("status-totals");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, totals, spacer, file);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
