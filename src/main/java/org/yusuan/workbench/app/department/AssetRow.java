package org.yusuan.workbench.app.department;

import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;

/**
 * One row of the 国有资产 grid: a known item (always listed, {@code asset} null while not entered), an
 * item of the accountant's own, or the last row where a new item is named ({@code known} and
 * {@code asset} null; {@code name} and {@code unit} as typed so far).
 */
public record AssetRow(String name, StateAssetItem known, StateAsset asset, String unit) {

    static AssetRow known(StateAssetItem item, StateAsset asset) {
        return new AssetRow(item.label(), item, asset, asset == null ? null : asset.unit());
    }

    static AssetRow own(StateAsset asset) {
        return new AssetRow(asset.item(), null, asset, asset.unit());
    }

    /** The row that adds an item of the accountant's own. */
    public boolean isNew() {
        return known == null && asset == null;
    }

    /** The known item, or null for the accountant's own. */
    public StateAssetItem item() {
        return known;
    }

    /** The unit shown: the line's own, else the known item's (车辆: 辆). */
    public String shownUnit() {
        if (unit != null) {
            return unit;
        }
        return known == null || known.countUnit() == null ? "" : known.countUnit();
    }
}
