package org.yusuan.workbench.exchange.workbook;
import java.util.Arrays;
import java.util.List;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.budget.FieldLengths;

/**
 * One column of a workbook sheet.
 *
 * @param header   the Chinese header the accountant sees
 * @param required whether every row must fill it
 * @param kind     how the template formats it
 * @param hint     what to type, shown in the template
 * @param choices  the accepted values of a {@link Kind#CHOICE} column (a drop-down in the template)
 * @param maxLength the most characters a text cell may hold (what the budget file can store); 0 = no limit
 */
public record ColumnSpec(String header, boolean required, Kind kind, String hint, List<String> choices,
                         int maxLength) {

    public enum Kind { TEXT, CODE, AMOUNT, INTEGER, DECIMAL, CHOICE }

    public ColumnSpec {
        choices = List.copyOf(choices);
    }

    /** Default text limits by kind; long texts and names set their own with {@link #max}. */
    private static int defaultMax(Kind kind) {
        return switch (kind) {
            case CODE -> 20;
            case TEXT -> FieldLengths.PROJECT_NAME;
            default -> 0;
        };
    }

    static ColumnSpec required(String header, Kind kind, String hint) {
        return new ColumnSpec(header, true, kind, hint, List.of(), defaultMax(kind));
    }

    static ColumnSpec optional(String header, Kind kind, String hint) {
        return new ColumnSpec(header, false, kind, hint, List.of(), defaultMax(kind));
    }

    /** The same column with another text limit (0 = unlimited, for long texts). */
    ColumnSpec max(int length) {
        return new ColumnSpec(header, required, kind, hint, choices, length);
    }

    static <E extends Enum<E> & Labelled> ColumnSpec choice(String header, boolean required, Class<E> type,
                                                            String hint) {
        List<String> labels = Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
        String text = "可选：" + String.join("、", labels) + (hint.isEmpty() ? "" : "；" + hint);
        return new ColumnSpec(header, required, Kind.CHOICE, text, labels, 0);
    }
}
