package org.yusuan.workbench.app.department;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    public NarrativeInputsViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
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
        assets.setAll(java.util.Arrays.stream(StateAssetItem.values())
                .map(i -> new AssetRow(i, entered.stream().filter(a -> a.item() == i).findFirst().orElse(null)))
                .toList());
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

    // ---- 国有资产

    /** 数量 (辆 or 平方米): ≥ 0 with at most two decimals, only for the items that have one; blank clears it. */
    public Optional<String> editQuantity(AssetRow row, String text) {
        String field = Messages.get("dept.field.quantity", row.item().label());
        if (!row.item().hasQuantity()) {
            return refusals.refuse(field, Messages.get("dept.reason.noQuantity"));
        }
        BigDecimal quantity = null;
        if (text != null && !text.isBlank()) {
            String t = text.strip().replace(",", "");
            if (!t.matches("\\d{1,15}(\\.\\d{1,2})?")) {
                return refusals.refuse(field, Messages.get("dept.reason.quantity", text.strip()));
            }
            // The file keeps quantities as DECIMAL(18,2); the same scale here keeps screen and file equal.
            quantity = new BigDecimal(t).setScale(2, RoundingMode.UNNECESSARY);
        }
        Yuan value = row.asset() == null ? Yuan.ZERO : row.asset().value();
        return asset(row, new StateAsset(row.item(), quantity, value));
    }

    /** 价值（元）: ≥ 0; blank removes the item. */
    public Optional<String> editValue(AssetRow row, String text) {
        if (text == null || text.isBlank()) {
            return asset(row, null);
        }
        CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text);
        if (!parsed.isAccepted()) {
            return refusals.refuse(Messages.get("dept.field.value", row.item().label()), parsed.reason());
        }
        BigDecimal quantity = row.asset() == null ? null : row.asset().quantity();
        return asset(row, new StateAsset(row.item(), quantity, parsed.value()));
    }

    private Optional<String> asset(AssetRow row, StateAsset after) {
        if (!java.util.Objects.equals(row.asset(), after)) {
            workspace.apply(new Edit.StateAssetChange(Messages.get("dept.edit.asset", row.item().label()), row.item(),
                    row.asset(), after));
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
