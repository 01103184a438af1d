package org.yusuan.workbench.domain.classification;

import java.util.List;
import org.yusuan.workbench.domain.Labelled;

/** The three national classifications a budget line is coded in (政府收支分类科目). */
public enum Classification implements Labelled {
    /** 支出功能分类: 类 3 / 款 5 / 项 7 digits; lines are coded at 项. */
    FUNCTIONAL("支出功能分类", List.of(3, 5, 7)),
    /** 部门预算支出经济分类: 类 3 / 款 5 digits; lines are coded at 款. */
    DEPARTMENTAL_ECONOMIC("部门预算支出经济分类", List.of(3, 5)),
    /** 政府预算支出经济分类: 类 3 / 款 5 digits. */
    GOVERNMENT_ECONOMIC("政府预算支出经济分类", List.of(3, 5));

    private final String label;
    private final List<Integer> codeLengths;

    Classification(String label, List<Integer> codeLengths) {
        this.label = label;
        this.codeLengths = codeLengths;
    }

    @Override
    public String label() {
        return label;
    }

    /** Valid code lengths, coarsest level first. */
    public List<Integer> codeLengths() {
        return codeLengths;
    }

    /** Length of the codes budget lines use (项 for functional, 款 for economic). */
    public int lineCodeLength() {
        return codeLengths.get(codeLengths.size() - 1);
    }

    public boolean isValidLength(String code) {
        return codeLengths.contains(code.length());
    }

    /** The parent code (类 of a 款, 款 of a 项), or null for a 类. */
    public String parentOf(String code) {
        int index = codeLengths.indexOf(code.length());
        return index <= 0 ? null : code.substring(0, codeLengths.get(index - 1));
    }

    /** 类 / 款 / 项 for a code of this classification. */
    public String levelName(String code) {
        return switch (codeLengths.indexOf(code.length())) {
            case 0 -> "类";
            case 1 -> "款";
            case 2 -> "项";
            default -> "?";
        };
    }
}
