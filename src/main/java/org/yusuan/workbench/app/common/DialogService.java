package org.yusuan.workbench.app.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Every message box of the workstation, owned by the window it speaks for (so it stays in front of
 * it, is modal to it, and gets the stylesheet and the bundled font like every window): what
 * happened, what went wrong, a list of problems, a yes/no question. One place decides how the
 * program talks in a box, instead of an {@code Alert} assembled at each site.
 */
public final class DialogService {

    private final Supplier<Window> owner;

    /** @param owner the window the boxes belong to; asked each time, since it may not exist yet */
    public DialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Something done: {@code header} with {@code text} below it. Does not wait. */
    public void inform(String header, String text) {
        box(Alert.AlertType.INFORMATION, header, text).show();
    }

    /** Something that failed: {@code header}, with the reason (a Chinese sentence) below it. Does not wait. */
    public void error(String header, String reason) {
        box(Alert.AlertType.ERROR, header, reason == null ? "" : reason).show();
    }

    /** As {@link #error}, waiting until the box is closed. */
    public void errorAndWait(String header, String reason) {
        box(Alert.AlertType.ERROR, header, reason == null ? "" : reason).showAndWait();
    }

    /** Every problem that refused something, one per line, in a list that scrolls and can be copied. */
    public void problems(String header, List<String> problems) {
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(760, 360);
        Alert alert = box(Alert.AlertType.ERROR, header, "");
        alert.getDialogPane().setContent(list);
        alert.show();
    }

    /** Asks OK/Cancel; @return whether the user said OK */
    public boolean confirm(String header, String text) {
        return box(Alert.AlertType.CONFIRMATION, header, text).showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /**
     * Asks with buttons named for what they do ({@code yes}, e.g. 删除, and {@code no}, e.g. 取消).
     *
     * @param id the dialog pane's id, for tests and the screenshot tour
     * @return whether the user chose {@code yes}
     */
    public boolean ask(String id, String title, String header, String text, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yesButton, noButton);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        owned(alert);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    /**
     * Asks for a text of several lines, {@code initial} to start from.
     *
     * @param id the dialog pane's id, for tests and the screenshot tour
     * @return the text as typed (possibly empty) when the user chose {@code yes}; empty when cancelled
     */
    public Optional<String> text(String id, String title, String header, String initial, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        TextArea area = new TextArea(initial);
        area.setWrapText(true);
        area.setPrefSize(560, 160);
        area.setId(id + "-text");
        Alert alert = new Alert(Alert.AlertType.NONE, "", yesButton, noButton);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(area);
        alert.getDialogPane().setId(id);
        alert.setOnShown(e -> area.requestFocus());
        owned(alert);
        return alert.showAndWait().filter(yesButton::equals).map(b -> area.getText());
    }

    /** A box of {@code type}, owned, not yet shown: for a site that adds to it (an id, content). */
    public Alert box(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(header);
        owned(alert);
        return alert;
    }

    private void owned(Alert alert) {
        Optional.ofNullable(owner.get()).ifPresent(alert::initOwner);
    }
}
