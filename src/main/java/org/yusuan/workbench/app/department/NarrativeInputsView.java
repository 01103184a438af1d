package org.yusuan.workbench.app.department;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.app.grid.GridFit;
import org.yusuan.workbench.calc.narrative.Change;
import org.yusuan.workbench.domain.budget.LineQuantity;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.StateAsset;

/**
 * 情况说明输入: the accountant's texts on the left (saved when the focus leaves them), the 上年数 with
 * this year's computed figure and the change, and the 国有资产, on the right.
 */
public final class NarrativeInputsView extends BorderPane {

    private final NarrativeInputsViewModel model;

    public NarrativeInputsView(NarrativeInputsViewModel model) {
        this.model = model;
        VBox texts = new VBox(10, Fields.hint("dept.narrative.textsHint"));
        for (NarrativeSection section : NarrativeSection.values()) {
            texts.getChildren().add(Fields.labelled(section.label(), textArea(section)));
        }
        texts.getStyleClass().add("narrative-texts");
        ScrollPane textScroll = new ScrollPane(texts);
        textScroll.setFitToWidth(true);
        VBox left = new VBox(8, Fields.section("dept.narrative.texts"), textScroll);
        VBox.setVgrow(textScroll, Priority.ALWAYS);

        TableView<PriorYearRow> prior = priorTable();
        TableView<AssetRow> assets = assetTable();
        VBox priorBox = new VBox(6, Fields.section("dept.narrative.prior"), Fields.hint("dept.narrative.priorHint"), prior);
        VBox.setVgrow(prior, Priority.ALWAYS);
        VBox assetBox = new VBox(6, Fields.section("dept.narrative.assets"), Fields.hint("dept.narrative.assetsHint"),
                assets);
        VBox.setVgrow(assets, Priority.ALWAYS);
        SplitPane right = new SplitPane(priorBox, assetBox);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.33);

        setTop(new VBox(8, Fields.heading("dept.narrative.heading"),
                Fields.message(model.messageProperty(), "narrative-inputs-message")));
        setCenter(split);
        getStyleClass().add("page");
    }

    private TextArea textArea(NarrativeSection section) {
        TextArea area = new TextArea(model.text(section));
        area.setId("text-" + section.name());
        area.setWrapText(true);
        area.setPrefRowCount(section == NarrativeSection.DUTIES || section == NarrativeSection.ORGANISATION ? 5 : 3);
        model.textProperty(section).addListener((o, was, now) -> {
            if (!area.isFocused()) {
                area.setText(now);
            }
        });
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                Fields.commit(area, () -> model.text(section), text -> model.editText(section, text));
            }
        });
        return area;
    }

    private TableView<PriorYearRow> priorTable() {
        TableView<PriorYearRow> table = new TableView<>(model.priorYear());
        table.setId("prior-year-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        var prior = GridColumns.text(Messages.get("dept.narrative.column.prior"),
                (PriorYearRow r) -> r.prior() == null ? "" : r.prior().format(),
                r -> r.prior() == null ? "" : r.prior().toPlainString(), model::editPriorYear, null, 125);
        prior.getStyleClass().add("amount");
        table.getColumns().setAll(List.of(
                GridColumns.readOnly(Messages.get("dept.narrative.column.item"), (PriorYearRow r) -> r.item().label(),
                        r -> false, 170),
                prior,
                amount(GridColumns.readOnly(Messages.get("dept.narrative.column.current"),
                        (PriorYearRow r) -> r.current().format(), r -> true, 125)),
                amount(GridColumns.readOnly(Messages.get("dept.narrative.column.change"),
                        (PriorYearRow r) -> r.change().map(c -> c.difference().format()).orElse(""), r -> true, 115)),
                amount(GridColumns.readOnly(Messages.get("dept.narrative.column.rate"),
                        (PriorYearRow r) -> r.change().map(NarrativeInputsView::rate).orElse(""), r -> true, 75))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        GridFit.holdEveryColumnWhole(table);
        return table;
    }

    private static String rate(Change change) {
        if (change.rate() == null) {
            return "";
        }
        return (change.difference().isNegative() ? "-" : "") + change.rate().toPlainString() + "%";
    }

    /**
     * The known items, then the accountant's own, then a row that names a new one; each with a count
     * (and its unit), an area and a value, any of them blank.
     */
    private TableView<AssetRow> assetTable() {
        TableView<AssetRow> table = new TableView<>(model.assets());
        table.setId("asset-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        var name = GridColumns.text(Messages.get("dept.narrative.column.item"),
                (AssetRow r) -> r.name() == null ? "" : r.name(), r -> r.name() == null ? "" : r.name(),
                model::editName, null, 170);
        var count = decimal(Messages.get("dept.narrative.column.quantity"), StateAsset::count, model::editQuantity, 80);
        var unit = GridColumns.text(Messages.get("dept.narrative.column.unit"), AssetRow::shownUnit,
                r -> r.unit() == null ? "" : r.unit(), model::editUnit, null, 70);
        var area = decimal(Messages.get("dept.narrative.column.area"), StateAsset::area, model::editArea, 110);
        var value = GridColumns.text(Messages.get("dept.narrative.column.value"),
                (AssetRow r) -> r.asset() == null || r.asset().value() == null ? "" : r.asset().value().format(),
                r -> r.asset() == null || r.asset().value() == null ? "" : r.asset().value().toPlainString(),
                model::editValue, null, 140);
        value.getStyleClass().add("amount");
        table.getColumns().setAll(List.of(name, count, unit, area, value));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        GridFit.holdEveryColumnWhole(table);
        return table;
    }

    private static javafx.scene.control.TableColumn<AssetRow, AssetRow> decimal(String title,
            java.util.function.Function<StateAsset, java.math.BigDecimal> part,
            java.util.function.BiFunction<AssetRow, String, java.util.Optional<String>> commit, double width) {
        java.util.function.Function<AssetRow, java.math.BigDecimal> of =
                r -> r.asset() == null ? null : part.apply(r.asset());
        var column = GridColumns.text(title, (AssetRow r) -> LineQuantity.format(of.apply(r)),
                r -> of.apply(r) == null ? "" : of.apply(r).toPlainString(), commit, null, width);
        column.getStyleClass().add("amount");
        return column;
    }

    private static <R> javafx.scene.control.TableColumn<R, R> amount(javafx.scene.control.TableColumn<R, R> column) {
        column.getStyleClass().add("amount");
        return column;
    }
}
