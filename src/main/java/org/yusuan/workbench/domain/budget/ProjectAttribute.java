package org.yusuan.workbench.domain.budget;

import java.util.List;
import org.yusuan.workbench.domain.Labelled;

/** 项目属性, printed in the long form on the performance form. */
public enum ProjectAttribute implements Labelled {
    ONE_OFF("一次性项目", "一次性项目（1年结束）"),
    RECURRING("经常性项目", "经常性项目（长期开展）"),
    CONTINUING("延续性项目", "延续性项目（跨年度实施）");

    private final String label;
    private final String printed;

    ProjectAttribute(String label, String printed) {
        this.label = label;
        this.printed = printed;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return List.of(printed, printed.replace('（', '(').replace('）', ')'));
    }

    /** The form's wording, e.g. 一次性项目（1年结束）. */
    public String printed() {
        return printed;
    }
}
