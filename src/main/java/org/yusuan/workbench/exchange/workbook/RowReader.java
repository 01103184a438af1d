package org.yusuan.workbench.exchange.workbook;

import java.math.BigDecimal;
import java.util.List;
import org.yusuan.workbench.domain.Labelled;
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
                problem(column, "必填项，不能为空");
            }
            return null;
        }
        int max = spec.columns().stream().filter(c -> c.header().equals(column)).mapToInt(ColumnSpec::maxLength)
                .findFirst().orElse(0);
        if (max > 0 && value.codePointCount(0, value.length()) > max) {
            problem(column, "内容过长：最多 " + max + " 个字，实有 " + value.codePointCount(0, value.length()) + " 个字");
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
                problem(column, "金额不能为负数：「" + value + "」");
                return null;
            }
            if (yuan.toBigDecimal().compareTo(MAX_AMOUNT) > 0) {
                problem(column, "金额超出可保存的范围（最大 9,999,999,999,999,999.99 元）：「" + value + "」");
                return null;
            }
            if (positive && yuan.isZero()) {
                problem(column, "金额必须大于 0");
                return null;
            }
            return yuan;
        } catch (InvalidAmountException e) {
            problem(column, e.getMessage() + "：「" + value + "」");
            return null;
        }
    }

    Integer integer(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            problem(column, "应为不小于 0 的整数：「" + value + "」");
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
            problem(column, "应为不小于 0 的数字，最多两位小数：「" + value + "」");
            return null;
        }
        return new BigDecimal(value).setScale(2); // stored as DECIMAL(18,2): read back the same
    }

    <E extends Enum<E> & Labelled> E choice(String column, Class<E> type, boolean required, String what) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        var found = Labelled.fromLabel(type, value);
        if (found.isEmpty()) {
            problem(column, "「" + value + "」不是有效的" + what + "，可选：" + Labelled.choices(type));
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
        String level = classification == Classification.FUNCTIONAL ? "项级" : "款级";
        if (!value.matches("\\d+") || value.length() != length) {
            problem(column, "应为 " + length + " 位" + classification.label() + level + "科目编码：「" + value + "」");
            return null;
        }
        if (!chart.contains(classification, value)) {
            problem(column, "「" + value + "」不在本预算的" + classification.label() + "科目目录中");
            return null;
        }
        return value;
    }
}
