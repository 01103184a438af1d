package org.yusuan.workbench.domain.budget;

import java.util.List;
import org.yusuan.workbench.domain.Labelled;

/** Whether money is this year's appropriation or brought forward from earlier years (上年结转). */
public enum FundYear implements Labelled {
    CURRENT("本年", List.of("当年", "本年预算", "当年预算")),
    CARRIED_OVER("上年结转", List.of("结转"));

    private final String label;
    private final List<String> aliases;

    FundYear(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
