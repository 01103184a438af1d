package org.yusuan.workbench.app.department;

import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;

/** One 国有资产 item; {@code asset} null when not entered. */
public record AssetRow(StateAssetItem item, StateAsset asset) {
}
