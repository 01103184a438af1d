package org.yusuan.workbench.exchange.sheet;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

/**
 * The limits every file read from outside is held to (docs/data-formats.md, "Limits"), so that a
 * hostile or broken file is refused in seconds and within bounded memory instead of being read
 * whole. Real budgets stay far below them: the largest known has a few thousand lines, the
 * reliability probe imports 20,038; the limits leave room for five times that.
 */
public final class SheetLimits {

    /** Data rows per sheet (the header not counted); the last row number allowed is one more. */
    public static final int MAX_DATA_ROWS = 100_000;
    /** Columns per sheet: ten times the widest sheet of the layout (绩效目标, 25 columns). */
    public static final int MAX_COLUMNS = 256;
    /** Parts (ZIP entries) of an xlsx: a workbook of eleven sheets has about twenty. */
    public static final int MAX_PARTS = 1_000;
    /** Uncompressed bytes of one part, and of one CSV file. */
    public static final long MAX_PART_BYTES = 100L << 20;
    /** Uncompressed bytes of all parts together. */
    public static final long MAX_TOTAL_BYTES = 200L << 20;
    /** Uncompressed : compressed, above which a part is taken for a ZIP bomb (POI's default too). */
    public static final int MAX_RATIO = 100;
    /** Parts smaller than this may compress better than {@link #MAX_RATIO} (runs of blanks, empty cells). */
    public static final long RATIO_GRACE_BYTES = 1L << 20;
    /**
     * Cells holding a value in one workbook: 100,000 rows of the 30 columns a real sheet might use.
     * With the row and byte limits this bounds the memory a workbook takes while it is checked.
     */
    public static final int MAX_CELLS = 3_000_000;
    /** Problems reported per sheet before its reading stops: enough to show what is wrong. */
    public static final int MAX_FAULTS_PER_SHEET = 100;

    private SheetLimits() {
    }

    /** The last row number that may hold data. */
    public static int lastRow() {
        return MAX_DATA_ROWS + 1;
    }

    public static long megabytes(long bytes) {
        return bytes >> 20;
    }

    /** The refusal of data in row {@code row}, beyond {@link #lastRow()}. */
    static SheetFault beyondLastRow(int row) {
        return new SheetFault(row, -1, say("limit.rows", MAX_DATA_ROWS));
    }

    /** The refusal of the cell that goes beyond {@link #MAX_CELLS}. */
    static SheetFault beyondLastCell(int row, int column) {
        return new SheetFault(row, -1, say("limit.cells", CellRef.name(column, row), MAX_CELLS));
    }

    /** The refusal of data in a column at or beyond {@link #MAX_COLUMNS}. */
    static SheetFault beyondLastColumn(int row, int column) {
        return new SheetFault(row, -1, say("limit.columns", CellRef.name(column, row), MAX_COLUMNS));
    }
}
