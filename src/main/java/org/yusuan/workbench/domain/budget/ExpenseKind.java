package org.yusuan.workbench.domain.budget;

import org.yusuan.workbench.domain.Labelled;

/** 人员经费 or 公用经费, the split of basic expenditure in table 6 and the narrative. */
public enum ExpenseKind implements Labelled {
    PERSONNEL("人员经费"),
    PUBLIC("公用经费");

    private final String label;

    ExpenseKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The default for a departmental economic 款: 301 工资福利支出 and 303 对个人和家庭的补助 are
     * 人员经费, everything else 公用经费. A line may override it (the reference counts 救济费 as 公用).
     */
    public static ExpenseKind defaultFor(String departmentalEconomicCode) {
        return departmentalEconomicCode.startsWith("301") || departmentalEconomicCode.startsWith("303")
                ? PERSONNEL : PUBLIC;
    }
}
