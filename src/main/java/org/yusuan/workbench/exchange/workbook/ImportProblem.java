package org.yusuan.workbench.exchange.workbook;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.util.List;
import org.yusuan.workbench.exchange.sheet.Sheet;

/**
 * One reason an import was refused, with its place.
 *
 * @param sheet  the sheet at fault, or null when the file as a whole is refused (the reason names it)
 * @param row    row number as the user sees it (header = 1); 0 for a problem with the whole sheet
 * @param column header of the column at fault, or null
 */
public record ImportProblem(String sheet, int row, String column, String reason) {

    /** The file as a whole refused: {@code reason} names the file. */
    public static ImportProblem ofFile(String reason) {
        return new ImportProblem(null, 0, null, reason);
    }

    /** What made a sheet unreadable as it stands, each with its place. */
    public static List<ImportProblem> of(Sheet sheet) {
        return sheet.faults().stream()
                .map(f -> new ImportProblem(sheet.name(), f.row(), sheet.header(f.column()), f.reason())).toList();
    }

    /** {@code 工作表「基本支出」第 5 行「金额（元）」：金额最多保留两位小数（到分）}. */
    public String message() {
        if (sheet == null) {
            return reason;
        }
        if (row > 0) {
            return column == null ? say("problem.place.sheetRow", sheet, row, reason)
                    : say("problem.place.sheetRowColumn", sheet, row, column, reason);
        }
        return column == null ? say("problem.place.sheet", sheet, reason)
                : say("problem.place.sheetColumn", sheet, column, reason);
    }

    @Override
    public String toString() {
        return message();
    }
}
