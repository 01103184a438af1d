package org.yusuan.workbench.app.department;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.app.grid.GridFit;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.calculators.PublicFundsItem;

/** 公用经费测算: per 302 款 a quota per person or a direct amount, the lines to write. */
public final class PublicCalcView extends BorderPane {

    public PublicCalcView(PublicCalcViewModel model) {
        var target = CalculatorParts.target(model.units(), model.target());
        TextField headcount = Fields.committed(model.headcountProperty(), model::editHeadcount, 90);
        headcount.setId("public-headcount");

        TableView<PublicFundsItem> items = new TableView<>(model.items());
        items.setId("public-items");
        items.setEditable(true);
        items.getSelectionModel().setCellSelectionEnabled(true);
        var quota = GridColumns.text(Messages.get("dept.calc.column.quota"), (PublicFundsItem i) -> format(i.perCapitaQuota()),
                i -> plain(i.perCapitaQuota()), model::editQuota, null, 160);
        quota.getStyleClass().add("amount");
        var direct = GridColumns.text(Messages.get("dept.calc.column.direct"), (PublicFundsItem i) -> format(i.directAmount()),
                i -> plain(i.directAmount()), model::editDirect, null, 160);
        direct.getStyleClass().add("amount");
        var code = GridColumns.readOnly(Messages.get("dept.calc.column.code"),
                (PublicFundsItem i) -> i.economicCode() + " " + i.label(), i -> false, 260);
        items.getColumns().setAll(List.of(code, quota, direct));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        GridFit.holdEveryColumnWhole(items);
        TextField add = new TextField();
        add.setPromptText("302xx");
        add.setPrefWidth(220);
        TextFields.bindAutoCompletion(add, r -> model.economicSuggestions(r.getUserText()));
        Button addButton = new Button(Messages.get("dept.calc.addItem"));
        addButton.setOnAction(e -> {
            if (model.addItem(add.getText()).isEmpty()) {
                add.clear();
            }
        });

        var result = CalculatorParts.result(model.result(), "public-result");
        result.setPlaceholder(new Label(Messages.get("dept.calc.publicEmpty")));
        Label total = new Label();
        total.setStyle(Fields.TOTALS_STYLE);
        total.textProperty().bind(model.totalProperty());
        Button write = new Button(Messages.get("dept.calc.write"));
        write.setId("public-write");
        write.getStyleClass().add("accent");
        write.setOnAction(e -> model.write());
        HBox footer = new HBox(16, total, write);
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox left = new VBox(8, items, new HBox(8, add, addButton));
        VBox.setVgrow(items, Priority.ALWAYS);
        VBox right = new VBox(8, Fields.section("dept.calc.result"), result);
        VBox.setVgrow(result, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        setTop(new VBox(10, Fields.heading("dept.calc.publicHeading"), Fields.hint("dept.calc.publicHint"),
                new HBox(16, target, Fields.labelled(Messages.get("dept.calc.publicHeadcount"), headcount))));
        setCenter(new HBox(20, left, right));
        VBox bottom = new VBox(8, footer, Fields.message(model.messageProperty(), "public-message"));
        bottom.setStyle("-fx-padding: 8 0 0 0;");
        setBottom(bottom);
        getStyleClass().add("page");
    }

    private static String format(Yuan yuan) {
        return yuan == null ? "" : yuan.format();
    }

    private static String plain(Yuan yuan) {
        return yuan == null ? "" : yuan.toPlainString();
    }
}
