package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.Columns.amount;
import static org.yusuan.workbench.store.Columns.yuan;
import static org.yusuan.workbench.store.jooq.Tables.STATE_ASSET;

import java.util.List;
import org.jooq.DSLContext;
import org.yusuan.workbench.domain.narrative.StateAsset;

/** The 国有资产 lines (table state_asset, V5): by name, in the order of the list. */
final class StateAssetRows {

    private StateAssetRows() {
    }

    static void insert(DSLContext tx, List<StateAsset> assets) {
        int order = 0;
        for (StateAsset a : assets) {
            tx.insertInto(STATE_ASSET, STATE_ASSET.ITEM, STATE_ASSET.ITEM_COUNT, STATE_ASSET.COUNT_UNIT,
                            STATE_ASSET.AREA, STATE_ASSET.AMOUNT, STATE_ASSET.SORT_ORDER)
                    .values(a.item(), a.count(), a.unit(), a.area(), amount(a.value()), order++).execute();
        }
    }

    static List<StateAsset> read(DSLContext tx) {
        return tx.selectFrom(STATE_ASSET).orderBy(STATE_ASSET.SORT_ORDER, STATE_ASSET.ITEM)
                .fetch(r -> new StateAsset(r.getItem(), r.getItemCount(), r.getCountUnit(), r.getArea(),
                        yuan(r.getAmount())));
    }
}
