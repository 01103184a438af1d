package org.yusuan.workbench.exchange.workbook;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.math.BigDecimal;
import java.util.List;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.domain.budget.LineQuantity;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.money.InvalidAmountException;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/**
 * Reads the cells of one row into domain values, recording a problem (with sheet, row and column)
 * for every cell that is missing or malformed instead of stopping at the first.
 */
final class RowReader {

    /** The most a DECIMAL(18,2) column holds. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private final SheetSpec spec;
    private final SheetRow row;
    private final List<ImportProblem> problems;
    private boolean valid = true;

    RowReader(SheetSpec spec, SheetRow row, List<ImportProblem> problems) {
        this.spec = spec;
        this.row = row;
        this.problems = problems;
    }

    /** Reads each row of a sheet (if present), flagging rows that repeat an earlier one. */
    static void forEachRow(java.util.Optional<org.yusuan.workbench.exchange.sheet.Sheet> sheet, SheetSpec spec,
                           List<ImportProblem> problems, java.util.function.Consumer<RowReader> reader) {
        if (sheet.isEmpty()) {
            return;
        }
        DuplicateRows duplicates = new DuplicateRows();
        for (SheetRow row : sheet.get().rows()) {
            RowReader r = new RowReader(spec, row, problems);
            duplicates.check(row, r);
            reader.accept(r);
        }
    }

    /** Whether every cell read so far was acceptable. */
    boolean isValid() {
        return valid;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    /** Refuses the row without a message of its own (the cause is reported elsewhere). */
    void markInvalid() {
        valid = false;
    }

    void problem(String column, String reason) {
        problems.add(new ImportProblem(spec.name(), row.rowNumber(), column, reason));
        valid = false;
    }

    /** The text of a cell, or null when blank (a problem if required). */
    String text(String column, boolean required) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, say("row.required"));
            }
            return null;
        }
        ColumnSpec columnSpec = spec.columns().stream().filter(c -> c.header().equals(column)).findFirst().orElse(null);
        int max = columnSpec == null ? 0 : columnSpec.maxLength();
        // Long texts (no limit) keep their line breaks and tabs; names and codes are one line.
        boolean multiLine = columnSpec != null && columnSpec.kind() == ColumnSpec.Kind.TEXT && max == 0;
        int control = PlainText.controlCharacter(value, multiLine);
        if (control >= 0) {
            problem(column, say("row.controlCharacter", String.format("U+%04X", control)));
            return null;
        }
        if (max > 0 && !PlainText.fits(value, max)) {
            int length = PlainText.length(value);
            problem(column, length > max ? say("row.tooLong", max, length)
                    : say("row.tooLongStored", max, length, PlainText.supplementaryCharacters(value)));
            return null;
        }
        return value;
    }

    /** A cell whose newlines matter (long texts): not stripped inside. */
    String longText(String column, boolean required) {
        String value = text(column, required);
        return value == null ? null : value.replace("\r\n", "\n");
    }

    /**
     * An amount in 元; null when blank and optional.
     *
     * @param positive whether 0 is refused as well as negatives
     */
    Yuan amount(String column, boolean required, boolean positive) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            Yuan yuan = Yuan.parse(value);
            if (yuan.isNegative()) {
                problem(column, say("row.negative", value));
                return null;
            }
            if (yuan.toBigDecimal().compareTo(MAX_AMOUNT) > 0) {
                problem(column, say("row.amountTooLarge", value));
                return null;
            }
            if (positive && yuan.isZero()) {
                problem(column, say("row.amountZero"));
                return null;
            }
            return yuan;
        } catch (InvalidAmountException e) {
            problem(column, say("row.badAmount", e.getMessage(), value));
            return null;
        }
    }

    Integer integer(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            problem(column, say("row.notInteger", value));
            return null;
        }
        return Integer.valueOf(value);
    }

    BigDecimal decimal(String column) {
        String value = text(column, false);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,15}(\\.\\d{1,2})?")) {
            problem(column, say("row.notDecimal", value));
            return null;
        }
        return new BigDecimal(value).setScale(2); // stored as DECIMAL(18,2): read back the same
    }

    /** 数量 and 单价 of a line, each null when blank. */
    record Quantities(BigDecimal quantity, Yuan unitPrice) {
    }

    /**
     * The optional 数量 and 单价 of a line; when both are given, {@code amount} (already read) must
     * be 数量 × 单价 to the 分, else the row is refused at the amount.
     */
    Quantities quantities(String quantityColumn, String priceColumn, String amountColumn, Yuan amount) {
        BigDecimal quantity = decimal(quantityColumn);
        Yuan unitPrice = amount(priceColumn, false, false);
        if (amount != null) {
            LineQuantity.product(quantity, unitPrice).filter(p -> !p.equals(amount)).ifPresent(p -> problem(amountColumn,
                    say("row.quantityTimesPrice", amount.toPlainString(), LineQuantity.format(quantity),
                            unitPrice.toPlainString(), p.toPlainString())));
        }
        return new Quantities(quantity, unitPrice);
    }

    <E extends Enum<E> & Labelled> E choice(String column, Class<E> type, boolean required, String what) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        var found = Labelled.fromLabel(type, value);
        if (found.isEmpty()) {
            problem(column, say("row.badChoice", value, what, Labelled.choices(type)));
            return null;
        }
        return found.get();
    }

    /**
     * A classification code at the level budget lines use, which must exist in the budget's
     * chart of accounts; null when blank and optional.
     */
    String code(String column, Classification classification, ChartOfAccounts chart, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        int length = classification.lineCodeLength();
        String level = say(classification == Classification.FUNCTIONAL ? "row.level.item" : "row.level.section");
        if (!value.matches("\\d+") || value.length() != length) {
            problem(column, say("row.badCode", length, classification.label(), level, value));
            return null;
        }
        if (!chart.contains(classification, value)) {
            problem(column, say("row.codeNotInChart", value, classification.label()));
            return null;
        }
        return value;
    }
}
