package org.yusuan.workbench.app.department;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.CodeLookup;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.LineQuantity;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;

/**
 * What an edit of one cell of the 国有资产 grid makes of the list: a new list to store, a new-item row
 * that is only named so far, or a refusal with its field and reason. An item keeps its count, area
 * and value, each optional; one left with none of them is removed.
 */
final class AssetEdits {

    /** The result of one cell edit: exactly one of {@code after}, {@code newRow} and {@code refusal}. */
    record Outcome(String name, List<StateAsset> after, AssetRow newRow, String field, String refusal) {

        static Outcome stored(String name, List<StateAsset> after) {
            return new Outcome(name, after, null, null, null);
        }

        static Outcome named(AssetRow newRow) {
            return new Outcome(newRow.name(), null, newRow, null, null);
        }

        static Outcome refused(String field, String reason) {
            return new Outcome(null, null, null, field, reason);
        }
    }

    private final Supplier<Budget> budget;

    AssetEdits(Supplier<Budget> budget) {
        this.budget = budget;
    }

    Outcome count(AssetRow row, String text) {
        if (row.name() == null) {
            return Outcome.refused(Messages.get("dept.field.assetName"), Messages.get("dept.reason.assetNameFirst"));
        }
        String field = Messages.get("dept.field.quantity", label(row));
        if (isNetValue(row) && !blank(text)) {
            return Outcome.refused(field, Messages.get("dept.reason.noQuantity"));
        }
        BigDecimal count = null;
        if (!blank(text)) {
            count = LineQuantity.parse(text).orElse(null);
            if (count == null) {
                return Outcome.refused(field, Messages.get("dept.reason.quantity", text.strip()));
            }
        }
        if (count != null && row.unit() == null && (row.known() == null || row.known().countUnit() == null)) {
            return Outcome.refused(field, Messages.get("dept.reason.assetUnit"));
        }
        return change(row, field, count, row.unit(), part(row, StateAsset::area), part(row, StateAsset::value));
    }

    Outcome unit(AssetRow row, String text) {
        String field = Messages.get("dept.field.assetUnit", label(row));
        String unit = blank(text) ? null : PlainText.normalize(text.strip());
        if (unit != null && !PlainText.fits(unit, StateAsset.MAX_UNIT)) {
            return Outcome.refused(field, Messages.get("dept.reason.name", StateAsset.MAX_UNIT));
        }
        if (row.isNew()) {
            return Outcome.named(new AssetRow(row.name(), null, null, unit));
        }
        BigDecimal count = part(row, StateAsset::count);
        if (unit == null && count != null && (row.known() == null || row.known().countUnit() == null)) {
            return Outcome.refused(field, Messages.get("dept.reason.assetUnit"));
        }
        if (row.asset() == null) {
            return unit == null ? Outcome.stored(label(row), budget.get().stateAssets())
                    : Outcome.refused(field, Messages.get("dept.reason.assetFirst"));
        }
        return change(row, field, count, unit, part(row, StateAsset::area), part(row, StateAsset::value));
    }

    Outcome area(AssetRow row, String text) {
        if (row.name() == null) {
            return Outcome.refused(Messages.get("dept.field.assetName"), Messages.get("dept.reason.assetNameFirst"));
        }
        String field = Messages.get("dept.field.area", label(row));
        if (isNetValue(row) && !blank(text)) {
            return Outcome.refused(field, Messages.get("dept.reason.noQuantity"));
        }
        BigDecimal area = null;
        if (!blank(text)) {
            area = LineQuantity.parse(text).orElse(null);
            if (area == null) {
                return Outcome.refused(field, Messages.get("dept.reason.quantity", text.strip()));
            }
        }
        return change(row, field, part(row, StateAsset::count), row.unit(), area, part(row, StateAsset::value));
    }

    Outcome value(AssetRow row, String text) {
        if (row.name() == null) {
            return Outcome.refused(Messages.get("dept.field.assetName"), Messages.get("dept.reason.assetNameFirst"));
        }
        String field = Messages.get("dept.field.value", label(row));
        Yuan value = null;
        if (!blank(text)) {
            CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text);
            if (!parsed.isAccepted()) {
                return Outcome.refused(field, parsed.reason());
            }
            value = parsed.value();
        }
        return change(row, field, part(row, StateAsset::count), row.unit(), part(row, StateAsset::area), value);
    }

    /** Names the new item, or renames one of the accountant's own; a known item keeps its name. */
    Outcome name(AssetRow row, String text) {
        String field = Messages.get("dept.field.assetName");
        String name = blank(text) ? null : PlainText.normalize(text.strip());
        if (row.known() != null) {
            return Objects.equals(name, row.name()) ? Outcome.stored(row.name(), budget.get().stateAssets())
                    : Outcome.refused(field, Messages.get("dept.reason.knownAsset", row.name()));
        }
        if (name == null) {
            return row.isNew() ? Outcome.named(new AssetRow(null, null, null, row.unit()))
                    : Outcome.refused(field, Messages.get("dept.reason.assetNameEmpty"));
        }
        if (!PlainText.fits(name, StateAsset.MAX_ITEM)) {
            return Outcome.refused(field, Messages.get("dept.reason.name", StateAsset.MAX_ITEM));
        }
        if (!name.equals(row.name()) && (StateAssetItem.named(name).isPresent()
                || budget.get().stateAssets().stream().anyMatch(a -> a.item().equals(name)))) {
            return Outcome.refused(field, Messages.get("dept.reason.assetTaken", name));
        }
        if (row.isNew()) {
            return Outcome.named(new AssetRow(name, null, null, row.unit()));
        }
        List<StateAsset> after = new ArrayList<>(budget.get().stateAssets());
        StateAsset a = row.asset();
        after.set(after.indexOf(a), new StateAsset(name, a.count(), a.unit(), a.area(), a.value()));
        return Outcome.stored(name, after);
    }

    /** The item with these parts in the row's place (a new one at the end; none left: removed). */
    private Outcome change(AssetRow row, String field, BigDecimal count, String unit, BigDecimal area, Yuan value) {
        StateAsset after = StateAsset.ofParts(row.name(), count, unit, area, value);
        List<StateAsset> list = new ArrayList<>(budget.get().stateAssets());
        int at = row.asset() == null ? -1 : list.indexOf(row.asset());
        if (after == null && at >= 0) {
            list.remove(at);
        } else if (after != null && at >= 0) {
            list.set(at, after);
        } else if (after != null) {
            list.add(after);
        }
        return Outcome.stored(row.name(), list);
    }

    private static <T> T part(AssetRow row, java.util.function.Function<StateAsset, T> part) {
        return row.asset() == null ? null : part.apply(row.asset());
    }

    private static boolean isNetValue(AssetRow row) {
        return row.known() != null && row.known().measure() == StateAssetItem.Measure.NET_VALUE;
    }

    private static String label(AssetRow row) {
        return row.name() == null ? "" : row.name();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
