package org.yusuan.workbench.app.projects;

import java.util.LinkedHashSet;
import java.util.List;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.GridCell;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * What Delete does to the project card's detail lines, as in the base-data workbook's 项目明细 sheet:
 * 部门经济科目 may be blank there (the line is 未细化), 功能科目 and 资金来源 may not and are refused;
 * a cleared amount is 0.00, as a new detail line starts, so the line stays to be typed into.
 */
final class ProjectLineClearing {

    static final String FUNCTION = "function";
    static final String ECONOMIC = "economic";
    static final String SOURCE = "source";
    static final String AMOUNT = "amount";
    static final String QUANTITY = "quantity";
    static final String UNIT_PRICE = "unitPrice";

    private final LinkedHashSet<String> refusals = new LinkedHashSet<>();
    private int clearedCells;

    /** The project's lines with the cells cleared (refused cells keep their value). */
    List<ProjectLine> clear(List<ProjectLine> lines, List<GridCell<ProjectLineRow>> cells) {
        java.util.ArrayList<ProjectLine> result = new java.util.ArrayList<>(lines);
        for (GridCell<ProjectLineRow> cell : cells) {
            int index = cell.row().index();
            ProjectLine l = result.get(index);
            ProjectLine cleared = switch (cell.field()) {
                case ECONOMIC -> l.withDepartmentalEconomicCode(null);
                // A cleared amount drops 数量 and 单价 too: 0.00 would not be their product.
                case AMOUNT -> l.withQuantity(null, null).withAmount(Yuan.ZERO);
                case QUANTITY -> l.withQuantity(null, l.unitPrice());
                case UNIT_PRICE -> l.withQuantity(l.quantity(), null);
                case FUNCTION -> refuse("projects.column.function");
                case SOURCE -> refuse("projects.column.source");
                default -> null;
            };
            if (cleared != null && !cleared.equals(l)) {
                result.set(index, cleared);
                clearedCells++;
            }
        }
        return result;
    }

    private ProjectLine refuse(String fieldKey) {
        refusals.add(Messages.get("projects.refused", Messages.get(fieldKey), Messages.get("grid.reason.required")));
        return null;
    }

    int clearedCells() {
        return clearedCells;
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }
}
