package org.yusuan.workbench.app.tables;

import java.util.Comparator;
import java.util.List;

/**
 * How wide each data column of a disclosure table is, from what it shows and the room there is.
 * Nothing is ever cut: when the room runs short, headers wrap onto a second line first, then long
 * texts (project names) wrap, then headers take a third line; figures never wrap. When there is room
 * to spare, every column gets its share, so the table fills its page as the printed one does.
 * Widths are display pixels.
 */
final class ColumnWidths {

    /**
     * A data column.
     *
     * @param full  the width its widest cell needs on one line
     * @param least the least it can be given: its widest figure or unbreakable word, and texts
     *              wrapped to a readable width
     */
    record Leaf(double full, double least) {
    }

    /**
     * A header cell over the data columns {@code first} … {@code first + span - 1}.
     *
     * @param onLines the width its text needs on one, two, three … lines
     */
    record Header(int first, int span, List<Double> onLines) {

        double needs(int lines) {
            return onLines.get(Math.min(lines, onLines.size()) - 1);
        }
    }

    /** A way to lay the table out: whether texts keep one line, and how many lines a header may take. */
    private record Level(boolean textsOnOneLine, int headerLines) {
    }

    /** From the most comfortable to the tightest. */
    private static final List<Level> LEVELS = List.of(
            new Level(true, 1), new Level(true, 2), new Level(false, 2), new Level(false, 3));

    private ColumnWidths() {
    }

    /** Whole-pixel widths of the data columns, in order, for a table {@code available} pixels wide. */
    static double[] fit(List<Leaf> leaves, List<Header> headers, double available) {
        double[][] levels = LEVELS.stream().map(level -> at(level, leaves, headers)).toArray(double[][]::new);
        if (sum(levels[0]) <= available) {
            return spread(levels[0], available);
        }
        for (int k = 1; k < levels.length; k++) {
            if (sum(levels[k]) <= available) {
                return between(levels[k], levels[k - 1], available);
            }
        }
        // Too narrow even for the tightest layout: the table scrolls sideways rather than cut.
        return levels[levels.length - 1];
    }

    private static double[] at(Level level, List<Leaf> leaves, List<Header> headers) {
        double[] widths = new double[leaves.size()];
        for (int i = 0; i < widths.length; i++) {
            Leaf leaf = leaves.get(i);
            widths[i] = Math.ceil(level.textsOnOneLine() ? leaf.full() : leaf.least());
        }
        // Narrow headers first: widening the columns under a header also widens every header above it.
        for (Header header : headers.stream().sorted(Comparator.comparingInt(Header::span)).toList()) {
            int last = Math.min(header.first() + header.span(), widths.length);
            double has = 0;
            for (int i = header.first(); i < last; i++) {
                has += widths[i];
            }
            double missing = Math.ceil(header.needs(level.headerLines())) - has;
            if (missing > 0 && last > header.first()) {
                double each = Math.ceil(missing / (last - header.first()));
                for (int i = header.first(); i < last; i++) {
                    widths[i] += each;
                }
            }
        }
        return widths;
    }

    /** Room to spare goes to every column in proportion to its width. */
    private static double[] spread(double[] widths, double available) {
        double total = sum(widths);
        double[] spread = new double[widths.length];
        for (int i = 0; i < widths.length; i++) {
            spread[i] = total == 0 ? widths[i] : Math.floor(widths[i] * available / total);
        }
        return spread;
    }

    /**
     * Part of the way from a tighter layout to a roomier one, as far as the room allows: every header
     * still fits the tighter layout's lines, since each column is at least as wide as there.
     */
    private static double[] between(double[] tighter, double[] roomier, double available) {
        double share = (available - sum(tighter)) / (sum(roomier) - sum(tighter));
        double[] widths = new double[tighter.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(tighter[i], Math.floor(tighter[i] + share * (roomier[i] - tighter[i])));
        }
        return widths;
    }

    private static double sum(double[] widths) {
        double sum = 0;
        for (double width : widths) {
            sum += width;
        }
        return sum;
    }
}
