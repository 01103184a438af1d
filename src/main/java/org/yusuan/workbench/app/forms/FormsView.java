package org.yusuan.workbench.app.forms;

import static org.yusuan.workbench.app.common.Messages.get;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.app.grid.SpreadsheetKeys;
import org.yusuan.workbench.domain.performance.FrameworkConversion;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.IndicatorLibrary;

/**
 * 绩效目标: the list of forms beside the editor of the selected one (funds, the indicators with
 * the library in {@link IndicatorsPane}, texts). Ctrl+Shift+C copies 实施期 to 年度 anywhere on the page.
 */
public final class FormsView extends BorderPane {

    private static final KeyCombination COPY_TO_YEAR = KeyCombination.keyCombination("Shortcut+Shift+C");

    private final FormsViewModel model;
    private final ListView<FormEntry> list;
    private final IndicatorsPane indicators;
    private final Map<FormPeriod, Map<FundPart, TextField>> funds = new EnumMap<>(FormPeriod.class);
    private final Map<FormField, TextInputControl> texts = new EnumMap<>(FormField.class);
    private final ComboBox<IndicatorFramework> framework = new ComboBox<>(
            FXCollections.observableArrayList(IndicatorFramework.values()));
    private final ComboBox<FormEntry> template = new ComboBox<>();
    private final StackPane editorArea = new StackPane();
    private final Node editor;
    private final Node missing;
    /** Set while the editor shows the stored form, so the controls' listeners do not echo it back as edits. */
    private boolean showing;

    public FormsView(FormsViewModel model) {
        this.model = model;
        list = formList();
        indicators = new IndicatorsPane(model);
        editor = editor();
        missing = missingPane();
        SplitPane split = new SplitPane(listPane(), editorArea);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setTop(top());
        setCenter(split);
        getStyleClass().add("page");
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY_TO_YEAR.match(e)) {
                model.copyImplementationToYear();
                e.consume();
            }
        });
        model.selectedProperty().addListener((o, was, now) -> show());
        model.entries().addListener((ListChangeListener<FormEntry>) c -> show());
        if (model.selectedProperty().get() == null && !model.entries().isEmpty()) {
            model.selectedProperty().set(model.entries().get(0));
        }
        show();
    }

    /** Selects a project's form (null: the 部门整体 form) and puts the focus in its indicator grid. */
    public void select(String projectCode) {
        model.select(projectCode);
        indicators.focusGrid();
    }

    private Node top() {
        Label heading = new Label(get("forms.title"));
        heading.getStyleClass().add("page-heading");
        framework.setId("forms-framework");
        framework.setConverter(converter(f -> f == null ? "" : f.label()));
        framework.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                model.setDepartmentFramework(now);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, heading, spacer, new Label(get("forms.framework")), framework);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("forms-message");
        message.getStyleClass().add("edit-message");
        message.textProperty().bind(model.messageProperty());
        VBox top = new VBox(6, bar, message);
        top.getStyleClass().add("table-top");
        return top;
    }

    private ListView<FormEntry> formList() {
        ListView<FormEntry> view = new ListView<>(model.entries());
        view.setId("form-list");
        view.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FormEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String name = e.isDepartmentWide() ? get("forms.list.department") : e.name();
                Label title = new Label(name);
                title.setStyle("-fx-font-weight: bold;");
                Label status = new Label(e.isFilled() ? get("forms.list.filled", e.form().indicators().size())
                        : get("forms.list.missing"));
                status.setStyle(e.isFilled() ? "-fx-text-fill: #57606a; -fx-font-size: 0.9em;"
                        : "-fx-text-fill: #9a6700; -fx-font-size: 0.9em;");
                setText(null);
                setGraphic(new VBox(2, title, status));
            }
        });
        view.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !showing && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        return view;
    }

    private Node listPane() {
        VBox left = new VBox(8, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(0, 8, 0, 0));
        left.setMinWidth(200);
        return left;
    }

    /** Shown for a 未填报 entry: start a blank form or copy another one. */
    private Node missingPane() {
        Button blank = new Button(get("forms.button.new"));
        blank.setId("new-form");
        blank.setDefaultButton(true);
        blank.setOnAction(e -> model.createForm());
        template.setId("form-template");
        template.setConverter(converter(e -> e == null ? "" : e.isDepartmentWide() ? get("forms.list.department") : e.name()));
        template.setPrefWidth(360);
        Button copy = new Button(get("forms.button.fromTemplate"));
        copy.setId("new-form-from-template");
        copy.setOnAction(e -> model.createFromTemplate(template.getValue()));
        copy.setMinWidth(Region.USE_PREF_SIZE); // the box of forms gives way in a narrow window, not the button's words
        template.setMinWidth(160);
        VBox pane = new VBox(12, new Label(get("forms.missing")), blank, new HBox(8, template, copy));
        pane.setPadding(new Insets(16));
        return pane;
    }

    private Node editor() {
        TabPane tabs = new TabPane(new Tab(get("forms.tab.indicators"), indicators),
                new Tab(get("forms.tab.texts"), textsPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(10, fundsPane(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private Node fundsPane() {
        GridPane pane = new GridPane();
        pane.setHgap(8);
        pane.setVgap(6);
        Label unit = new Label(get("forms.funds"));
        unit.setMinWidth(Region.USE_PREF_SIZE);
        pane.add(unit, 0, 0);
        for (FundPart part : FundPart.values()) {
            Label header = new Label(part.label());
            header.setStyle("-fx-font-weight: bold;");
            header.setMinWidth(Region.USE_PREF_SIZE);
            pane.add(header, part.ordinal() + 1, 0);
        }
        for (FormPeriod period : FormPeriod.values()) {
            int row = period.ordinal() + 1;
            pane.add(new Label(period.label()), 0, row);
            Map<FundPart, TextField> fields = new EnumMap<>(FundPart.class);
            for (FundPart part : FundPart.values()) {
                TextField field = new TextField();
                field.setId("fund-" + period.name().toLowerCase() + "-" + part.name().toLowerCase());
                field.setPrefColumnCount(7);
                field.setStyle("-fx-alignment: center-right;");
                commitOnEnterOrLeave(field, t -> model.editFund(period, part, t));
                fields.put(part, field);
                pane.add(field, part.ordinal() + 1, row);
            }
            funds.put(period, fields);
        }
        Label check = new Label();
        check.setId("form-budget-check");
        check.textProperty().bind(model.budgetCheckProperty());
        model.budgetCheckStyleProperty().addListener((o, was, now) -> check.setStyle(style(now)));
        check.setStyle(style(model.budgetCheckStyleProperty().get()));
        pane.add(check, 1, 3, FundPart.values().length, 1);
        return pane;
    }

    private static String style(String check) {
        return "differs".equals(check) ? "-fx-text-fill: #cf222e; -fx-font-weight: bold;" : "-fx-text-fill: #1a7f37;";
    }

    private Node textsPane() {
        GridPane pane = new GridPane();
        pane.setHgap(10);
        pane.setVgap(8);
        pane.setPadding(new Insets(8));
        int row = 0;
        for (FormField field : FormField.values()) {
            TextInputControl control;
            if (field.isLong()) {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(3);
                control = area;
                GridPane.setHgrow(area, Priority.ALWAYS);
                pane.add(new Label(field.label()), 0, row);
                pane.add(area, 1, row++, 3, 1);
            } else {
                TextField text = new TextField();
                text.setOnAction(e -> commitText(field, text));
                control = text;
                int index = field.ordinal() - FormField.PERSON_IN_CHARGE.ordinal();
                pane.add(new Label(field.label()), (index % 2) * 2, row + index / 2);
                pane.add(text, (index % 2) * 2 + 1, row + index / 2);
            }
            control.setId("form-" + field.name().toLowerCase());
            control.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commitText(field, control);
                }
            });
            texts.put(field, control);
        }
        for (Node n : pane.getChildren()) {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void commitText(FormField field, TextInputControl control) {
        if (!showing && !control.isDisabled()) {
            model.editText(field, control.getText());
            show();
        }
    }

    private void show() {
        showing = true;
        try {
            FormEntry entry = model.selectedProperty().get();
            if (entry != null && list.getSelectionModel().getSelectedItem() != entry) {
                list.getSelectionModel().select(entry);
                list.scrollTo(entry);
            }
            framework.setValue(model.framework());
            indicators.refresh();
            if (entry == null) {
                editorArea.getChildren().setAll(new Label(get("forms.none")));
                return;
            }
            if (!entry.isFilled()) {
                template.getItems().setAll(model.templates());
                editorArea.getChildren().setAll(missing);
                return;
            }
            editorArea.getChildren().setAll(editor);
            funds.forEach((period, fields) -> fields.forEach((part, field) -> field.setText(model.fundText(period, part))));
            texts.forEach((field, control) -> control.setText(model.text(field)));
        } finally {
            showing = false;
        }
    }

    private void commitOnEnterOrLeave(TextField field, Function<String, Optional<String>> commit) {
        Runnable apply = () -> {
            if (!showing) {
                commit.apply(field.getText());
                show(); // a refused value shows the stored one again
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
    }

    private static <V> StringConverter<V> converter(Function<V, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(V value) {
                return label.apply(value);
            }

            @Override
            public V fromString(String text) {
                return null;
            }
        };
    }
}
