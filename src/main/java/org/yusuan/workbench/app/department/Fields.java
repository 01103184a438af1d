package org.yusuan.workbench.app.department;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Labels;
import org.yusuan.workbench.app.common.Messages;

/** Small pieces the screens of this package share: fields committed on Enter or focus loss, labels. */
final class Fields {

    /** Totals lines stand out without a stylesheet entry of their own (workbench.css is shared). */
    static final String TOTALS_STYLE = "-fx-font-weight: bold; -fx-font-size: 15px;";

    private Fields() {
    }

    /**
     * A text field showing {@code stored} and committing what was typed on Enter or when it loses the
     * focus; a refusal puts the stored value back (the message line says why).
     */
    static TextField committed(Supplier<String> stored, Function<String, Optional<String>> commit, double width) {
        TextField field = new TextField(stored.get());
        field.setPrefWidth(width);
        field.setOnAction(e -> commit(field, stored, commit));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(field, stored, commit);
            }
        });
        return field;
    }

    /** Also follows {@code shown} (an undo, another screen) while the field is not being typed in. */
    static TextField committed(ObservableValue<String> shown, Function<String, Optional<String>> commit, double width) {
        TextField field = committed(shown::getValue, commit, width);
        shown.addListener((o, was, now) -> {
            if (!field.isFocused()) {
                field.setText(now);
            }
        });
        return field;
    }

    static void commit(TextInputControl field, Supplier<String> stored, Function<String, Optional<String>> commit) {
        if (field.getText().equals(stored.get())) {
            return;
        }
        if (commit.apply(field.getText()).isPresent()) {
            field.setText(stored.get());
        }
    }

    /** A caption above a field. */
    static Node labelled(String caption, Node field) {
        Label label = new Label(caption);
        label.setStyle("-fx-text-fill: -color-fg-muted; -fx-font-size: 12px;");
        return new VBox(4, label, field);
    }

    static Label heading(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add("page-heading");
        return heading;
    }

    static Label section(String key) {
        Label section = new Label(Messages.get(key));
        section.getStyleClass().add("section-heading");
        return section;
    }

    static Label hint(String key) {
        Label hint = new Label(Messages.get(key));
        hint.getStyleClass().add("page-subheading");
        Labels.wrapping(hint);
        return hint;
    }

    /** The line where refusals and confirmations appear. */
    static Label message(ObservableValue<String> text, String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("edit-message");
        message.textProperty().bind(text);
        message.setWrapText(true);
        // An empty message line takes no room, so the page does not open with a gap.
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        return message;
    }
}
