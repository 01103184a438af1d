package org.yusuan.workbench.app.projects;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.yusuan.workbench.app.common.Labels;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectAttribute;
import org.yusuan.workbench.domain.budget.ProjectCategory;

/** 项目支出: the list of projects beside the card of the selected one. */
public final class ProjectsView extends BorderPane {

    private final ProjectsViewModel model;
    private final ListView<Project> list;
    private final TextField name = new TextField();
    private final ComboBox<BudgetUnit> unit = new ComboBox<>();
    private final ComboBox<ProjectCategory> category = choices(ProjectCategory.values());
    private final ComboBox<ProjectAttribute> attribute = choices(ProjectAttribute.values());
    private final TextField period = new TextField();
    private final ComboBox<FundYear> year = choices(FundYear.values());
    private final TextField goods = amountField();
    private final TextField works = amountField();
    private final TextField services = amountField();
    private final Label total = new Label();
    /** Opens the 绩效目标 page on a project's form; set by the main window. */
    private Consumer<String> openForm = code -> { };
    /** Set while the card shows a project, so the controls' listeners do not echo it back as edits. */
    private boolean showing;

    public ProjectsView(ProjectsViewModel model) {
        this.model = model;
        list = new ListView<>(model.projects());
        list.setId("project-list");
        list.setCellFactory(v -> new ProjectListCell(model));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> show(now));

        Button add = new Button(Messages.get("projects.button.add"));
        add.setId("add-project");
        add.setOnAction(e -> model.addProject(unit.getValue() != null ? unit.getValue() : model.units().get(0)));
        Button delete = new Button(Messages.get("projects.button.delete"));
        delete.setOnAction(e -> model.deleteProject());
        VBox left = new VBox(8, new HBox(8, add, delete), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(0, 8, 0, 0));
        // room for the buttons and about twelve characters a line of the wrapped names
        left.setMinWidth(240);

        SplitPane split = new SplitPane(left, card());
        // the list's names wrap, so the card can have the room: its grid and form row at 1280 px
        split.setDividerPositions(0.3);
        Label heading = new Label(Messages.get("projects.heading"));
        heading.getStyleClass().add("page-heading");
        Label message = new Label();
        message.setId("projects-message");
        message.getStyleClass().add("edit-message");
        message.textProperty().bind(model.messageProperty());
        VBox top = new VBox(6, heading, message);
        top.getStyleClass().add("table-top");
        setTop(top);
        setCenter(split);
        getStyleClass().add("page");
        if (model.selectedProperty().get() == null && !model.projects().isEmpty()) {
            model.selectedProperty().set(model.projects().get(0));
        }
        show(model.selectedProperty().get());
    }

    /** What the card's 打开绩效目标申报表 button does with the selected project's code. */
    public void setOnOpenForm(Consumer<String> openForm) {
        this.openForm = openForm;
    }

    private Node card() {
        unit.setItems(FXCollections.observableArrayList(model.units()));
        unit.setConverter(converter(u -> u == null ? "" : u.name()));
        name.setId("project-name");
        commitOnEnterOrLeave(name, model::editName);
        commitOnEnterOrLeave(period, model::editPeriod);
        commitOnEnterOrLeave(goods, t -> model.editProcurement(ProjectsViewModel.ProcurementKind.GOODS, t));
        commitOnEnterOrLeave(works, t -> model.editProcurement(ProjectsViewModel.ProcurementKind.WORKS, t));
        commitOnEnterOrLeave(services, t -> model.editProcurement(ProjectsViewModel.ProcurementKind.SERVICES, t));
        onChoice(unit, model::editUnit);
        onChoice(category, model::editCategory);
        onChoice(attribute, model::editAttribute);
        onChoice(year, model::editFundYear);

        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        int r = 0;
        fields.addRow(r++, new Label(Messages.get("projects.field.name")), name);
        GridPane.setColumnSpan(name, 3);
        // the unit on a row of its own, as wide as the name: unit names run to twenty characters
        fields.addRow(r++, new Label(Messages.get("projects.field.unit")), unit);
        GridPane.setColumnSpan(unit, 3);
        unit.setMaxWidth(Double.MAX_VALUE);
        fields.addRow(r++, new Label(Messages.get("projects.field.category")), category, new Label(Messages.get("projects.field.fundYear")), year);
        fields.addRow(r++, new Label(Messages.get("projects.field.attribute")), attribute, new Label(Messages.get("projects.field.period")), period);
        fields.addRow(r++, new Label(Messages.get("projects.field.goods")), goods, new Label(Messages.get("projects.field.works")), works);
        fields.addRow(r, new Label(Messages.get("projects.field.services")), services, new Label(Messages.get("projects.field.total")), total);
        for (Node label : fields.getChildren()) {
            if (label instanceof Label l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        name.setPrefWidth(520);
        total.setId("project-total");
        total.getStyleClass().add("card-value");

        ProjectLinesPane lines = new ProjectLinesPane(model);
        Label form = Labels.wrapping(new Label());
        form.textProperty().bind(model.formStatusProperty());
        form.setId("project-form-status");
        Button openFormButton = new Button(Messages.get("forms.button.openForm"));
        openFormButton.setId("open-form");
        openFormButton.setOnAction(e -> {
            if (model.selectedProperty().get() != null) {
                openForm.accept(model.selectedProperty().get().code());
            }
        });
        openFormButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox formRow = new HBox(10, form, openFormButton);
        HBox.setHgrow(form, Priority.ALWAYS);
        formRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox card = new VBox(10, fields, new Label(Messages.get("projects.field.lines")), lines, formRow);
        VBox.setVgrow(lines, Priority.ALWAYS);
        card.setPadding(new Insets(0, 0, 0, 8));
        return card;
    }

    private void show(Project project) {
        showing = true;
        try {
            boolean none = project == null;
            for (Node n : List.of(name, unit, category, attribute, period, year, goods, works, services)) {
                n.setDisable(none);
            }
            if (none) {
                name.clear();
                total.setText("");
                return;
            }
            if (list.getSelectionModel().getSelectedItem() != project) {
                list.getSelectionModel().select(project);
                list.scrollTo(project);
            }
            name.setText(project.name());
            unit.setValue(model.units().stream().filter(u -> u.code().equals(project.unitCode())).findFirst().orElse(null));
            category.setValue(project.category());
            attribute.setValue(project.attribute());
            period.setText(project.period() == null ? "" : project.period());
            year.setValue(project.fundYear());
            goods.setText(project.procurement().goods().format());
            works.setText(project.procurement().works().format());
            services.setText(project.procurement().services().format());
            total.setText(Messages.get("projects.amount", project.total().format()));
        } finally {
            showing = false;
        }
    }

    private void commitOnEnterOrLeave(TextField field, Function<String, Optional<String>> commit) {
        Runnable apply = () -> {
            if (!showing && !field.isDisabled()) {
                commit.apply(field.getText());
                show(model.selectedProperty().get()); // a refused value shows the stored one again
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
    }

    private <V> void onChoice(ComboBox<V> box, Consumer<V> commit) {
        box.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null && now != was) {
                commit.accept(now);
            }
        });
    }

    private static TextField amountField() {
        TextField field = new TextField();
        field.setStyle("-fx-alignment: center-right;");
        return field;
    }

    private static <E extends Enum<E> & Labelled> ComboBox<E> choices(E[] values) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(converter(v -> v == null ? "" : v.label()));
        return box;
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
