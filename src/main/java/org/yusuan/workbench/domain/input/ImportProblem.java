package org.yusuan.workbench.domain.input;

import org.yusuan.workbench.text.Texts;

/**
 * One reason an import was refused, with its place.
 *
 * @param sheet  the sheet at fault, or null when the file as a whole is refused (the reason names it)
 * @param row    row number as the user sees it (header = 1); 0 for a problem with the whole sheet
 * @param column header of the column at fault, or null
 */
public record ImportProblem(String sheet, int row, String column, String reason) {

    /** How a place is said ({@code domain/input/messages*.properties}). */
    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.domain.input");

    /** The file as a whole refused: {@code reason} names the file. */
    public static ImportProblem ofFile(String reason) {
        return new ImportProblem(null, 0, null, reason);
    }

    /** {@code 工作表「基本支出」第 5 行「金额（元）」：金额最多保留两位小数（到分）}. */
    public String message() {
        if (sheet == null) {
            return reason;
        }
        // The row as plain digits: MessageFormat would write 100,002.
        String number = String.valueOf(row);
        if (row > 0) {
            return column == null ? TEXTS.get("problem.place.sheetRow", sheet, number, reason)
                    : TEXTS.get("problem.place.sheetRowColumn", sheet, number, column, reason);
        }
        return column == null ? TEXTS.get("problem.place.sheet", sheet, reason)
                : TEXTS.get("problem.place.sheetColumn", sheet, column, reason);
    }

    @Override
    public String toString() {
        return message();
    }
}
