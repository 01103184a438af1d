package org.yusuan.workbench.domain.performance;

import java.util.List;
import org.yusuan.workbench.domain.Labelled;

/**
 * Which indicator framework the department's forms follow: the traditional one of the reference
 * (成本指标 under 产出指标) or the 2021 central guidance (成本指标 as 一级). The skeletons themselves
 * are data (see the performance-forms issue); this only names the choice.
 */
public enum IndicatorFramework implements Labelled {
    TRADITIONAL("传统", List.of("传统框架")),
    GUIDANCE_2021("2021", List.of("2021年框架", "2021框架"));

    private final String label;
    private final List<String> aliases;

    IndicatorFramework(String label, List<String> aliases) {
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
