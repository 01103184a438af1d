package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.yusuan.workbench.app.common.DialogService;
import org.yusuan.workbench.app.common.Labels;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.service.ProgramVersion;

/**
 * 帮助 → 关于: what the program is, its version (from the build), its licence and the bundled font's,
 * and where the budgets are kept. Every line wraps and the dialog grows to its text: an Alert's
 * single content line was cut off after the first sentence.
 */
final class AboutDialog {

    /** Wide enough for a long folder path on two lines, narrow enough for a 1366×768 screen. */
    private static final double WIDTH = 560;

    private AboutDialog() {
    }

    /** @param currentFile the open budget file, or null */
    static void show(Window owner, Path currentFile) {
        Alert alert = new DialogService(() -> owner).box(Alert.AlertType.INFORMATION, Messages.get("about.header"), null);
        alert.setTitle(Messages.get("about.title"));
        alert.setResizable(true);
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(10);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(names, values);
        // The default folder, whatever file is open now: where a new start looks first.
        Path defaultFolder = DefaultBudgetFile.resolve(new String[0]).toAbsolutePath().getParent();
        int row = 0;
        row = fact(facts, row, "about.version", ProgramVersion.current().orElse(Messages.get("about.version.unknown")));
        row = fact(facts, row, "about.licence", Messages.get("about.licence.value"));
        row = fact(facts, row, "about.font", Messages.get("about.font.value"));
        row = fact(facts, row, "about.dataFolder", Messages.get("about.dataFolder.value", defaultFolder.toString()));
        if (currentFile != null) {
            fact(facts, row, "about.file", currentFile.toAbsolutePath().toString());
        }
        VBox content = new VBox(14, wrapping(Messages.get("about.purpose")), facts);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("about");
        alert.getDialogPane().setPrefWidth(WIDTH);
        // Labels report their wrapped height only as a minimum: let the pane take all of it.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.showAndWait();
    }

    private static int fact(GridPane facts, int row, String nameKey, String value) {
        Label name = new Label(Messages.get(nameKey));
        // beside the first line of a value that wraps, not its middle
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        name.getStyleClass().add("about-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        facts.addRow(row, name, wrapping(value));
        return row + 1;
    }

    private static Label wrapping(String text) {
        Label label = Labels.wrapping(new Label(text));
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
