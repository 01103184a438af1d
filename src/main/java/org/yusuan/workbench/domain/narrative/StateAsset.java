package org.yusuan.workbench.domain.narrative;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * One line of 国有资产 as a booklet publishes it: an item with a count, an area or a value, each
 * optional but not all absent. The item is a known one ({@link StateAssetItem}: 车辆, 房屋, the net
 * values by class) or the accountant's own name — vehicles by type (一般公务用车, 执法执勤用车 …,
 * counted in 辆), space (面积 in 平方米), devices above a unit value (单价50万元以上设备, counted in
 * 台（套）). A missing part is null, never 0: the narrative prints only what is given.
 *
 * @param item  the name (a known item's label or the accountant's own)
 * @param count a number of things, in {@link #countUnit()}
 * @param unit  the unit of the count (辆, 台（套）); null for a known item's own (车辆: 辆)
 * @param area  平方米
 * @param value 元 (价值, or 账面净值 for the asset classes)
 */
public record StateAsset(String item, BigDecimal count, String unit, BigDecimal area, Yuan value) {

    /** The longest item name the file keeps (characters). */
    public static final int MAX_ITEM = 60;
    /** The longest unit of a count (characters). */
    public static final int MAX_UNIT = 10;

    public StateAsset {
        Objects.requireNonNull(item, "item");
        if (item.isBlank()) {
            throw new IllegalArgumentException("an asset item needs a name");
        }
        if (count == null && area == null && value == null) {
            throw new IllegalArgumentException("asset " + item + " has neither count, area nor value");
        }
        unit = unit == null || unit.isBlank() ? null : unit;
    }

    /** A known item with its value only (the net values) or a count / area and a value (车辆, 房屋). */
    public static StateAsset known(StateAssetItem item, BigDecimal quantity, Yuan value) {
        return switch (item.measure()) {
            case COUNT -> new StateAsset(item.label(), quantity, null, null, value);
            case AREA -> new StateAsset(item.label(), null, null, quantity, value);
            case NET_VALUE -> new StateAsset(item.label(), quantity, null, null, value);
        };
    }

    /** The known item this line is, if its name is one. */
    public Optional<StateAssetItem> knownItem() {
        return StateAssetItem.named(item);
    }

    /** The unit a count is printed in: the line's own, else the known item's (车辆: 辆); null if neither. */
    public String countUnit() {
        return unit != null ? unit : knownItem().map(StateAssetItem::countUnit).orElse(null);
    }

    /** A line with {@code item} and nothing given is no line: null. */
    public static StateAsset ofParts(String item, BigDecimal count, String unit, BigDecimal area, Yuan value) {
        return count == null && area == null && value == null ? null : new StateAsset(item, count, unit, area, value);
    }
}
