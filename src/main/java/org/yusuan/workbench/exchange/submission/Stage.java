package org.yusuan.workbench.exchange.submission;

import java.util.List;
import org.yusuan.workbench.domain.Labelled;

/** The round of the budget a package belongs to: the bureau keeps one department's data per (year, stage). */
public enum Stage implements Labelled {
    FIRST_DRAFT("一上"),
    SECOND_DRAFT("二上"),
    ADJUSTMENT("调整");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return List.of(name());
    }
}
