package org.yusuan.workbench.domain.budget;

import java.util.List;
import org.yusuan.workbench.domain.Labelled;

/** 资金来源. The first three are 财政拨款 (tables 4, 10, 11, 12 split by them). */
public enum FundingSource implements Labelled {
    GENERAL_PUBLIC_BUDGET("一般公共预算拨款", List.of("一般公共预算"), true),
    GOVERNMENT_FUND("政府性基金预算拨款", List.of("政府性基金预算", "政府性基金"), true),
    STATE_CAPITAL("国有资本经营预算拨款", List.of("国有资本经营预算"), true),
    SPECIAL_ACCOUNT("财政专户管理资金", List.of(), false),
    UNIT_FUNDS("单位资金", List.of(), false);

    private final String label;
    private final List<String> aliases;
    private final boolean fiscalAppropriation;

    FundingSource(String label, List<String> aliases, boolean fiscalAppropriation) {
        this.label = label;
        this.aliases = aliases;
        this.fiscalAppropriation = fiscalAppropriation;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** 财政拨款: 一般公共预算, 政府性基金预算, 国有资本经营预算. */
    public boolean isFiscalAppropriation() {
        return fiscalAppropriation;
    }
}
