package org.yusuan.workbench.domain.budget;

import java.util.Objects;

/** 单位: the department itself (本级) or a subordinate unit. Identified by its code. */
public record BudgetUnit(String code, String name, UnitType type) {

    public BudgetUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
