package org.yusuan.workbench.domain.classification;

import java.util.List;
import org.yusuan.workbench.domain.Labelled;

/**
 * The two columns of the economic mapping: 行政 (行政单位 and 参公 units) map 301 to 501 机关工资福利支出,
 * 事业 units map it to 505 对事业单位经常性补助.
 */
public enum UnitCategory implements Labelled {
    ADMINISTRATIVE("行政"),
    INSTITUTION("事业");

    private final String label;

    UnitCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return this == ADMINISTRATIVE ? List.of("行政单位", "参公") : List.of("事业单位");
    }
}
