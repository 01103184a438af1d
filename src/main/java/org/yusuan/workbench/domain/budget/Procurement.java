package org.yusuan.workbench.domain.budget;

import java.util.Objects;
import org.yusuan.workbench.domain.money.Yuan;

/** 政府采购 planned within a project, by 货物 / 工程 / 服务. */
public record Procurement(Yuan goods, Yuan works, Yuan services) {

    public static final Procurement NONE = new Procurement(Yuan.ZERO, Yuan.ZERO, Yuan.ZERO);

    public Procurement {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(works, "works");
        Objects.requireNonNull(services, "services");
    }

    public Yuan total() {
        return goods.plus(works).plus(services);
    }
}
