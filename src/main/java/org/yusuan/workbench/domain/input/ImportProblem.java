package org.yusuan.workbench.domain.input;

/**
 * One reason an import was refused, with its place.
 *
 * @param row    row number as the user sees it (header = 1); 0 for a problem with the whole sheet
 * @param column header of the column at fault, or null
 */
public record ImportProblem(String sheet, int row, String column, String reason) {

    /** {@code 工作表「基本支出」第 5 行「金额（元）」：金额最多保留两位小数（到分）}. */
    public String message() {
        StringBuilder out = new StringBuilder("工作表「").append(sheet).append("」");
        if (row > 0) {
            out.append("第 ").append(row).append(" 行");
        }
        if (column != null) {
            out.append("「").append(column).append("」");
        }
        return out.append("：").append(reason).toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
