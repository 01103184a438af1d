package org.yusuan.workbench.app.wording;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.service.wording.WordingTemplates;

/**
 * 文本与标题: the template's texts grouped by where they appear (left), the chosen one in an editor
 * with where it came from, the check's verdict as it is typed and a preview of what prints (right);
 * the shipped templates (部门预算 / 单位预算) at the top.
 */
public final class WordingView extends BorderPane {

    private final WordingViewModel model;
    private final TreeView<Object> list = new TreeView<>(new TreeItem<>());

    public WordingView(WordingViewModel model) {
        this.model = model;
        list.setId("wording-list");
        list.setShowRoot(false);
        model.entries().addListener((ListChangeListener<WordingViewModel.Entry>) c -> fill());
        fill();
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() instanceof WordingViewModel.Entry entry
                    && !entry.key().equals(model.selectedProperty().get())) {
                model.select(entry.key());
            }
        });

        Label title = new Label();
        title.getStyleClass().add("section-heading");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.selectedProperty().get() == null ? Messages.get("wording.choose")
                        : WordingTemplates.label(model.selectedProperty().get()), model.selectedProperty()));
        Label origin = new Label();
        origin.textProperty().bind(model.originProperty());
        origin.getStyleClass().add("hint");
        TextArea editor = new TextArea();
        editor.setId("wording-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(6);
        editor.textProperty().bindBidirectional(model.draftProperty());
        editor.disableProperty().bind(model.selectedProperty().isNull());
        Button save = new Button(Messages.get("wording.save"));
        save.setId("wording-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(model.selectedProperty().isNull().or(model.refusalProperty().isNotEmpty()));
        save.setOnAction(e -> model.save());
        Button revert = new Button(Messages.get("wording.revert"));
        revert.disableProperty().bind(model.selectedProperty().isNull());
        revert.setOnAction(e -> model.revertDraft());
        Label refusal = new Label();
        refusal.setId("wording-refusal");
        refusal.setWrapText(true);
        refusal.getStyleClass().add("refusal");
        refusal.setStyle("-fx-text-fill: -color-danger-fg;");
        refusal.textProperty().bind(model.refusalProperty());
        Label previewHeading = new Label(Messages.get("wording.preview"));
        previewHeading.getStyleClass().add("section-heading");
        Label preview = new Label();
        preview.setId("wording-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        VBox editorBox = new VBox(8, title, origin, editor, new HBox(8, save, revert), refusal, previewHeading,
                previewScroll);
        VBox.setVgrow(previewScroll, Priority.ALWAYS);
        editorBox.setPadding(new Insets(0, 0, 0, 8));

        SplitPane split = new SplitPane(list, editorBox);
        split.setDividerPositions(0.42);
        Label heading = new Label(Messages.get("wording.heading"));
        heading.getStyleClass().add("page-heading");
        Button department = new Button(Messages.get("wording.useDepartment"));
        department.setOnAction(e -> model.useShipped(WordingTemplates.Variant.DEPARTMENT));
        Button unit = new Button(Messages.get("wording.useUnit"));
        unit.setId("wording-use-unit");
        unit.setOnAction(e -> model.useShipped(WordingTemplates.Variant.UNIT));
        Label hint = new Label(Messages.get("wording.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        setTop(new VBox(8, heading, hint, new ToolBar(department, unit)));
        setCenter(split);
        getStyleClass().add("page");
    }

    /** The texts, grouped, keeping the selection. */
    private void fill() {
        String chosen = model.selectedProperty().get();
        TreeItem<Object> root = list.getRoot();
        java.util.Map<WordingViewModel.Group, Boolean> open = new java.util.EnumMap<>(WordingViewModel.Group.class);
        root.getChildren().forEach(g -> open.put((WordingViewModel.Group) ((GroupNode) g.getValue()).group(), g.isExpanded()));
        root.getChildren().clear();
        TreeItem<Object> select = null;
        for (WordingViewModel.Group group : WordingViewModel.Group.values()) {
            TreeItem<Object> node = new TreeItem<>(new GroupNode(group));
            node.setExpanded(open.getOrDefault(group, group == WordingViewModel.Group.TABLES));
            for (WordingViewModel.Entry entry : model.entries()) {
                if (entry.group() == group) {
                    TreeItem<Object> item = new TreeItem<>(entry);
                    node.getChildren().add(item);
                    if (entry.key().equals(chosen)) {
                        select = item;
                        node.setExpanded(true);
                    }
                }
            }
            root.getChildren().add(node);
        }
        if (select != null) {
            list.getSelectionModel().select(select);
        }
    }

    /** A group's node in the list. */
    private record GroupNode(WordingViewModel.Group group) {

        @Override
        public String toString() {
            return group.label();
        }
    }
}
