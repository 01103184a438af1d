package org.yusuan.workbench.domain.narrative;

import org.yusuan.workbench.domain.Labelled;

/**
 * Lines of 国有资产占有使用情况: vehicles and buildings with quantity and value, and the net book
 * value by asset class.
 */
public enum StateAssetItem implements Labelled {
    VEHICLES("车辆", "辆"),
    BUILDINGS("房屋", "平方米"),
    OFFICE_BUILDINGS("办公用房", "平方米"),
    BUSINESS_BUILDINGS("业务用房", "平方米"),
    NET_LAND_AND_STRUCTURES("土地、房屋及构筑物", null),
    NET_EQUIPMENT("设备", null),
    NET_CULTURAL_RELICS("文物和陈列品", null),
    NET_BOOKS_AND_ARCHIVES("图书、档案", null),
    NET_FURNITURE("家具、用具、装具及动植物", null),
    NET_INTANGIBLE("无形资产", null);

    private final String label;
    private final String quantityUnit;

    StateAssetItem(String label, String quantityUnit) {
        this.label = label;
        this.quantityUnit = quantityUnit;
    }

    @Override
    public String label() {
        return label;
    }

    /** 辆 or 平方米; null for the net-value classes, which have no quantity. */
    public String quantityUnit() {
        return quantityUnit;
    }

    public boolean hasQuantity() {
        return quantityUnit != null;
    }
}
