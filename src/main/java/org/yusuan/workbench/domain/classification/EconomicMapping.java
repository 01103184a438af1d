package org.yusuan.workbench.domain.classification;

/** 部门经济分类 款 → 政府经济分类 款 for one unit category. */
public record EconomicMapping(UnitCategory category, String departmentalCode, String governmentCode,
                              int year, String provenance) {
}
