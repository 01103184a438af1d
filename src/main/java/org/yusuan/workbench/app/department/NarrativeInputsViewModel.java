package org.yusuan.workbench.app.department;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.CodeLookup;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.Edit;

/**
 * 情况说明输入: the accountant's texts, the 上年数 the narrative compares against (with this year's
 * computed figure and the change beside each), and the 国有资产. Each field is one undoable edit.
 */
public final class NarrativeInputsViewModel {

    /** This year's figure of each 上年数 item, read off the live narrative figures. */
    private static final Map<PriorYearItem, Function<NarrativeFigures, Yuan>> CURRENT = new EnumMap<>(Map.of(
            PriorYearItem.INCOME_TOTAL, f -> f.income().total(),
            PriorYearItem.EXPENDITURE_TOTAL, f -> f.expenditure().total(),
            PriorYearItem.GENERAL_PUBLIC_CURRENT, f -> f.generalPublic().currentYear(),
            PriorYearItem.OFFICIAL_OVERSEAS_TRAVEL, f -> f.threePublic().overseasTravel().amount(),
            PriorYearItem.OFFICIAL_RECEPTION, f -> f.threePublic().reception().amount(),
            PriorYearItem.OFFICIAL_VEHICLE_PURCHASE, f -> f.threePublic().vehiclePurchase().amount(),
            PriorYearItem.OFFICIAL_VEHICLE_OPERATION, f -> f.threePublic().vehicleOperation().amount(),
            PriorYearItem.ADMINISTRATIVE_RUNNING, f -> f.administrativeRunning().total()));

    private final BudgetWorkspace workspace;
    private final ObservableList<PriorYearRow> priorYear = FXCollections.observableArrayList();
    private final ObservableList<AssetRow> assets = FXCollections.observableArrayList();
    private final Map<NarrativeSection, ReadOnlyStringWrapper> texts = new EnumMap<>(NarrativeSection.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Refusals refusals = new Refusals(message);
    private final AssetEdits assetEdits;
    /** What the new-item row holds before the item has a count, an area or a value to be stored with. */
    private String newName;
    private String newUnit;

    public NarrativeInputsViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        this.assetEdits = new AssetEdits(workspace::budget);
        java.util.Arrays.stream(NarrativeSection.values()).forEach(s -> texts.put(s, new ReadOnlyStringWrapper("")));
        workspace.addListener(this::refresh);
        refresh();
    }

    private void refresh() {
        NarrativeFigures figures = workspace.narrative();
        Map<PriorYearItem, Yuan> prior = workspace.budget().priorYear();
        priorYear.setAll(java.util.Arrays.stream(PriorYearItem.values())
                .map(i -> new PriorYearRow(i, prior.get(i), CURRENT.get(i).apply(figures))).toList());
        List<StateAsset> entered = workspace.budget().stateAssets();
        List<AssetRow> rows = new java.util.ArrayList<>(java.util.Arrays.stream(StateAssetItem.values())
                .map(i -> AssetRow.known(i, entered.stream().filter(a -> a.knownItem().orElse(null) == i)
                        .findFirst().orElse(null)))
                .toList());
        entered.stream().filter(a -> a.knownItem().isEmpty()).map(AssetRow::own).forEach(rows::add);
        rows.add(new AssetRow(newName, null, null, newUnit));
        assets.setAll(rows);
        texts.forEach((section, text) -> text.set(text(section)));
    }

    // ---- texts

    /** The stored text, following undo and redo. */
    public ReadOnlyStringProperty textProperty(NarrativeSection section) {
        return texts.get(section).getReadOnlyProperty();
    }

    /** The text as stored ("" when none). */
    public String text(NarrativeSection section) {
        return workspace.budget().narrative().getOrDefault(section, "");
    }

    /** Stores a text as typed (line breaks kept, outer blanks dropped); a blank text removes it. */
    public Optional<String> editText(NarrativeSection section, String text) {
        String after = text == null || text.isBlank() ? null : text.strip();
        String before = workspace.budget().narrative().get(section);
        if (!java.util.Objects.equals(before, after)) {
            workspace.apply(new Edit.NarrativeTextChange(Messages.get("dept.edit.text", section.label()), section,
                    before, after));
        }
        return refusals.accepted();
    }

    // ---- 上年数

    /** 上年数 in 元, ≥ 0, at most two decimals; blank clears it. */
    public Optional<String> editPriorYear(PriorYearRow row, String text) {
        Yuan after = null;
        if (text != null && !text.isBlank()) {
            CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text);
            if (!parsed.isAccepted()) {
                return refusals.refuse(Messages.get("dept.field.prior", row.item().label()), parsed.reason());
            }
            after = parsed.value();
        }
        if (!java.util.Objects.equals(row.prior(), after)) {
            workspace.apply(new Edit.PriorYearChange(Messages.get("dept.edit.prior", row.item().label()), row.item(),
                    row.prior(), after));
        }
        return refusals.accepted();
    }

    // ---- 国有资产: each item with a count, an area or a value (see AssetEdits)

    /** 数量: ≥ 0 with at most two decimals; not for the net-value classes; blank clears it. */
    public Optional<String> editQuantity(AssetRow row, String text) {
        return assetEdit(assetEdits.count(row, text));
    }

    /** 计量单位 of the count (辆, 台（套）); blank for a known item's own. */
    public Optional<String> editUnit(AssetRow row, String text) {
        return assetEdit(assetEdits.unit(row, text));
    }

    /** 面积（平方米）: ≥ 0 with at most two decimals; not for the net-value classes; blank clears it. */
    public Optional<String> editArea(AssetRow row, String text) {
        return assetEdit(assetEdits.area(row, text));
    }

    /** 价值（元）: ≥ 0; blank clears it. An item left with neither count, area nor value is removed. */
    public Optional<String> editValue(AssetRow row, String text) {
        return assetEdit(assetEdits.value(row, text));
    }

    /** The name of an item of the accountant's own (the last row names a new one). */
    public Optional<String> editName(AssetRow row, String text) {
        return assetEdit(assetEdits.name(row, text));
    }

    private Optional<String> assetEdit(AssetEdits.Outcome outcome) {
        if (outcome.refusal() != null) {
            return refusals.refuse(outcome.field(), outcome.refusal());
        }
        if (outcome.newRow() != null) {
            newName = outcome.newRow().name();
            newUnit = outcome.newRow().unit();
            refresh();
            return refusals.accepted();
        }
        List<StateAsset> before = workspace.budget().stateAssets();
        if (!before.equals(outcome.after())) {
            newName = null;
            newUnit = null;
            workspace.apply(new Edit.StateAssetChange(Messages.get("dept.edit.asset", outcome.name()), before,
                    outcome.after()));
        }
        return refusals.accepted();
    }

    public ObservableList<PriorYearRow> priorYear() {
        return priorYear;
    }

    public ObservableList<AssetRow> assets() {
        return assets;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
