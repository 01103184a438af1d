package org.yusuan.workbench.domain.budget;

import java.util.List;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.classification.UnitCategory;

/** 单位类型: decides the economic mapping and whether 公用经费 counts as 机关运行经费. */
public enum UnitType implements Labelled {
    ADMINISTRATIVE("行政单位", List.of("行政"), UnitCategory.ADMINISTRATIVE),
    CIVIL_SERVICE_MANAGED("参照公务员法管理事业单位", List.of("参公", "参公单位"), UnitCategory.ADMINISTRATIVE),
    INSTITUTION("事业单位", List.of("事业"), UnitCategory.INSTITUTION);

    private final String label;
    private final List<String> aliases;
    private final UnitCategory category;

    UnitType(String label, List<String> aliases, UnitCategory category) {
        this.label = label;
        this.aliases = aliases;
        this.category = category;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** Column of the economic mapping this type uses. */
    public UnitCategory mappingCategory() {
        return category;
    }

    /** 行政单位 and 参公 units: their 公用经费 is 机关运行经费 (table 11). */
    public boolean runsAsGovernmentOrgan() {
        return category == UnitCategory.ADMINISTRATIVE;
    }
}
