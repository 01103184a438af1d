package org.yusuan.workbench.exchange.sheet;

/**
 * A reason a sheet cannot be read as it stands, found while reading it (not while checking its
 * values): an error cell, a formula without its result, merged cells, a repeated header, a row
 * beyond the limits.
 *
 * @param row    Excel row number (header = 1); 0 for the sheet as a whole
 * @param column 0-based column index, or -1 when the fault has no column
 * @param reason the sentence for the accountant, naming the cell where there is one
 */
public record SheetFault(int row, int column, String reason) {
}
