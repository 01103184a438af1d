package org.yusuan.workbench.domain.budget;

import java.util.Objects;
import org.yusuan.workbench.domain.performance.IndicatorFramework;

/** 部门: the budget's owner; one budget file holds one department for one year. */
public record Department(String code, String name, int budgetYear, IndicatorFramework framework) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(framework, "framework");
    }
}
