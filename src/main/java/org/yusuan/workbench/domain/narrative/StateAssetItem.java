package org.yusuan.workbench.domain.narrative;

import java.util.Arrays;
import java.util.Optional;
import org.yusuan.workbench.domain.Labelled;

/**
 * The known items of 国有资产占有使用情况, which the narrative puts in their published places: the
 * vehicles (a count in 辆 and a value), the buildings with office and business space (an area in 平方米
 * and a value), and the net book value by asset class. An item of another name (vehicles by type,
 * devices above a unit value) is the accountant's own; see {@link StateAsset}.
 */
public enum StateAssetItem implements Labelled {
    VEHICLES("车辆", Measure.COUNT, "辆"),
    BUILDINGS("房屋", Measure.AREA, null),
    OFFICE_BUILDINGS("办公用房", Measure.AREA, null),
    BUSINESS_BUILDINGS("业务用房", Measure.AREA, null),
    NET_LAND_AND_STRUCTURES("土地、房屋及构筑物", Measure.NET_VALUE, null),
    NET_EQUIPMENT("设备", Measure.NET_VALUE, null),
    NET_CULTURAL_RELICS("文物和陈列品", Measure.NET_VALUE, null),
    NET_BOOKS_AND_ARCHIVES("图书、档案", Measure.NET_VALUE, null),
    NET_FURNITURE("家具、用具、装具及动植物", Measure.NET_VALUE, null),
    NET_INTANGIBLE("无形资产", Measure.NET_VALUE, null);

    /** What the published booklet gives of a known item besides its value. */
    public enum Measure {
        /** A number of things (车辆: 辆). */
        COUNT,
        /** An area in 平方米 (房屋). */
        AREA,
        /** A net book value only (the asset classes). */
        NET_VALUE
    }

    private final String label;
    private final Measure measure;
    private final String countUnit;

    StateAssetItem(String label, Measure measure, String countUnit) {
        this.label = label;
        this.measure = measure;
        this.countUnit = countUnit;
    }

    @Override
    public String label() {
        return label;
    }

    public Measure measure() {
        return measure;
    }

    /** 辆 for the vehicles; null for the others, whose count (if any) needs a unit of its own. */
    public String countUnit() {
        return countUnit;
    }

    /** The known item of that name (the label, surrounding blanks ignored). */
    public static Optional<StateAssetItem> named(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(i -> i.label.equals(name.strip())).findFirst();
    }
}
