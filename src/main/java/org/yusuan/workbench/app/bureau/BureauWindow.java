package org.yusuan.workbench.app.bureau;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.DialogService;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.common.UserPreferences;
import org.yusuan.workbench.app.tables.DisclosureTableView;
import org.yusuan.workbench.app.tables.TextColumnsFit;
import org.yusuan.workbench.domain.bureau.RegisterEntry;
import org.yusuan.workbench.service.bureau.ImportOutcome;

/**
 * 文件 → 汇总库: the finance bureau's window. Open or create a store (a file, or a PostgreSQL URL typed
 * in), choose the round, receive packages, see who has submitted and who has not, read the 13
 * consolidated tables; a click on an amount lists the departments in it, as a unit's table lists its
 * lines. The store is opened and consolidated off the FX thread.
 */
public final class BureauWindow {

    private static final String LOCATION_KEY = "location";

    private final Stage stage = new Stage();
    private final BureauModel model = new BureauModel();
    private final BackgroundTasks background = new BackgroundTasks();
    private final DialogService dialogs = new DialogService(() -> stage);
    private final Preferences memory = UserPreferences.node("bureau");

    private final TextField location = new TextField();
    private final ComboBox<Map.Entry<Integer, String>> rounds = new ComboBox<>();
    private final ComboBox<Integer> tableNumber = new ComboBox<>();
    private final TableView<RegisterEntry> departments = new TableView<>();
    private final Label submitted = new Label();
    private final Label missing = new Label();
    private final Label state = new Label();
    private final DisclosureTableView table = new DisclosureTableView();
    private final BureauFindings findings = new BureauFindings();
    private final Button receive = new Button(Messages.get("bureau.receive"));
    private BureauModel.RoundView shown;
    private boolean choosingRound;
    /** Whether a store opened here becomes the one the next 汇总库 window opens. */
    private final boolean remember;

    private BureauWindow(Window owner, boolean remember) {
        this.remember = remember;
        Optional.ofNullable(owner).ifPresent(stage::initOwner);
        stage.setTitle(Messages.get("bureau.title"));
        location.setId("bureau-location");
        location.setPromptText(Messages.get("bureau.location.prompt"));
        HBox.setHgrow(location, Priority.ALWAYS);
        Button browse = new Button(Messages.get("bureau.browse"));
        browse.setOnAction(e -> chooseFile().ifPresent(f -> location.setText(f.toString())));
        Button open = new Button(Messages.get("bureau.open"));
        open.setId("bureau-open");
        open.setDefaultButton(true);
        open.setOnAction(e -> open(false));
        Button create = new Button(Messages.get("bureau.create"));
        create.setOnAction(e -> open(true));
        receive.setId("bureau-receive");
        receive.setDisable(true);
        receive.setOnAction(e -> chooseAndReceive());
        rounds.setId("bureau-rounds");
        rounds.setConverter(converter(r -> Messages.get("bureau.round", String.valueOf(r.getKey()), r.getValue())));
        rounds.valueProperty().addListener((o, was, now) -> {
            if (!choosingRound && now != null) {
                load(now);
            }
        });
        HBox top = new HBox(8, new Label(Messages.get("bureau.location")), location, browse, open, create);
        HBox roundBar = new HBox(8, new Label(Messages.get("bureau.roundLabel")), rounds, receive);
        tableNumber.setId("bureau-table");
        tableNumber.getItems().setAll(java.util.stream.IntStream.rangeClosed(1, 13).boxed().toList());
        tableNumber.setConverter(converter(n -> Messages.get("bureau.tableChoice", String.valueOf(n))));
        tableNumber.setValue(1);
        tableNumber.valueProperty().addListener(o -> showTable());
        departments.setId("bureau-departments");
        departments.setPlaceholder(new Label(Messages.get("bureau.noDepartments")));
        departments.getColumns().setAll(List.of(
                column("bureau.column.code", RegisterEntry::depCode),
                column("bureau.column.name", RegisterEntry::depName),
                column("bureau.column.errors", e -> String.valueOf(e.errors())),
                column("bureau.column.warnings", e -> String.valueOf(e.warnings())),
                column("bureau.column.notices", e -> String.valueOf(e.notices())),
                column("bureau.column.differing", e -> String.valueOf(e.differingCells()))));
        // What a glance down the list needs, fitted to the content so that every column is in sight; the
        // selected department's file and time of receipt head its findings below.
        TextColumnsFit.install(departments);
        missing.setId("bureau-missing");
        missing.setWrapText(true);
        departments.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showFindings(now));
        SplitPane departmentsAndFindings = new SplitPane(departments, findings);
        departmentsAndFindings.setOrientation(Orientation.VERTICAL);
        departmentsAndFindings.setDividerPositions(0.45);
        VBox left = new VBox(6, submitted, departmentsAndFindings, missing);
        VBox.setVgrow(departmentsAndFindings, Priority.ALWAYS);
        VBox right = new VBox(6, tableNumber, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.44);
        table.traceWith((row, column) -> shown == null ? List.of()
                : BureauModel.trace(shown.consolidation(), tableNumber.getValue(), row, column), "bureau.trace.summary",
                "bureau.trace.hint");
        state.setId("bureau-state");
        BorderPane root = new BorderPane(split, new VBox(8, top, roundBar), null, state, null);
        root.setPadding(new Insets(10));
        root.getStyleClass().add("page");
        Scene scene = new Scene(root, 1280, 760);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            background.close();
            model.close();
        });
    }

    /** Shows the 汇总 window, opening the store used last time if there is one; remembers the one opened. */
    public static BureauWindow show(Window owner) {
        return show(owner, UserPreferences.node("bureau").get(LOCATION_KEY, ""), true);
    }

    /**
     * Shows the 汇总 window on the store at {@code store} (none when blank) without changing the store the
     * user's next window opens (for tests and the screenshot tour, whose stores are temporary).
     */
    public static BureauWindow showOnly(Window owner, String store) {
        return show(owner, store, false);
    }

    private static BureauWindow show(Window owner, String store, boolean remember) {
        BureauWindow window = new BureauWindow(owner, remember);
        window.location.setText(store);
        window.stage.show();
        if (!store.isBlank()) {
            window.open(false);
        }
        return window;
    }

    public Stage stage() {
        return stage;
    }

    private void open(boolean create) {
        String where = location.getText().strip();
        if (where.isEmpty()) {
            return;
        }
        state.setText(Messages.get("bureau.opening", where));
        run(() -> {
            model.open(where, create);
            return model.load(null);
        }, view -> {
            if (remember) {
                memory.put(LOCATION_KEY, where);
            }
            receive.setDisable(false);
            show(view);
        }, Messages.get("bureau.openFailed"));
    }

    private void load(Map.Entry<Integer, String> round) {
        run(() -> model.load(round), this::show, Messages.get("bureau.loadFailed"));
    }

    private void show(Optional<BureauModel.RoundView> view) {
        shown = view.orElse(null);
        choosingRound = true;
        rounds.getItems().setAll(model.rounds());
        rounds.setValue(shown == null ? null : shown.round());
        choosingRound = false;
        if (shown == null) {
            departments.getItems().clear();
            submitted.setText("");
            missing.setText("");
            state.setText(Messages.get("bureau.empty", model.location()));
            return;
        }
        var status = shown.status();
        submitted.setText(Messages.get("bureau.submitted", String.valueOf(status.submitted().size())));
        missing.setText(status.missing().isEmpty() ? Messages.get("bureau.noneMissing")
                : Messages.get("bureau.missing", String.valueOf(status.missing().size()),
                        String.join(Messages.get("bureau.separator"), status.missing())));
        departments.getItems().setAll(status.submitted());
        if (!status.submitted().isEmpty()) {
            departments.getSelectionModel().select(0);
        }
        state.setText(Messages.get("bureau.shown", model.location()));
        showTable();
    }

    private void showFindings(RegisterEntry file) {
        if (file == null) {
            findings.show(null, List.of());
            return;
        }
        run(() -> model.findings(file), list -> findings.show(file, list), Messages.get("bureau.loadFailed"));
    }

    private void showTable() {
        if (shown != null && !shown.consolidation().tables().isEmpty()) {
            table.show(shown.consolidation().table(tableNumber.getValue()));
        }
    }

    private void chooseAndReceive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("bureau.receive.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter.package"), "*.yspkg"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            receive(files.stream().map(File::toPath).toList());
        }
    }

    /** Receives the files and reports each one's fate; public for the window's test (a native chooser cannot be driven). */
    public void receive(List<Path> files) {
        Map.Entry<Integer, String> round = rounds.getValue();
        state.setText(Messages.get("bureau.receiving", String.valueOf(files.size())));
        run(() -> {
            List<ImportOutcome> outcomes = model.receive(files);
            return Map.entry(outcomes, model.load(round));
        }, result -> {
            show(result.getValue());
            report(result.getKey());
        }, Messages.get("bureau.receiveFailed"));
    }

    private void report(List<ImportOutcome> outcomes) {
        List<String> lines = outcomes.stream().map(o -> Messages.get("bureau.outcome", o.file().getFileName(),
                o.message())).toList();
        long refused = outcomes.stream().filter(o -> o.kind() == ImportOutcome.Kind.REFUSED).count();
        String header = Messages.get("bureau.received", String.valueOf(outcomes.size() - refused),
                String.valueOf(refused));
        if (refused > 0) {
            dialogs.problems(header, lines);
        } else {
            dialogs.inform(header, String.join("\n", lines));
        }
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done, String failure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            state.setText("");
            dialogs.error(failure, task.getException().getMessage());
        });
        background.submit(task);
    }

    private Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("bureau.browse.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("bureau.filter"), "*.mv.db"));
        return Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath);
    }

    private static TableColumn<RegisterEntry, String> column(String key, Function<RegisterEntry, String> value) {
        TableColumn<RegisterEntry, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a choice, not typed");
            }
        };
    }
}
