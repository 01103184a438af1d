package org.yusuan.workbench.app.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order in which a disclosure table gives way when the page is narrow: headers wrap, then names,
 * never a figure. A table of a name column and two figure columns under one header, like table 12.
 */
class ColumnWidthsTest {

    /** A name 600 px on one line (readable at 130 px wrapped), two figures 80 px wide. */
    private static final List<ColumnWidths.Leaf> LEAVES = List.of(
            new ColumnWidths.Leaf(600, 130), new ColumnWidths.Leaf(80, 80), new ColumnWidths.Leaf(80, 80));
    /** 项目名称 over the names; two figure headers of 120 px on one line, 70 on two; a wide one over both. */
    private static final List<ColumnWidths.Header> HEADERS = List.of(
            new ColumnWidths.Header(0, 1, List.of(70.0, 40.0, 30.0)),
            new ColumnWidths.Header(1, 1, List.of(120.0, 70.0, 50.0)),
            new ColumnWidths.Header(2, 1, List.of(120.0, 70.0, 50.0)),
            new ColumnWidths.Header(1, 2, List.of(200.0, 110.0, 80.0)));

    @Test
    void roomToSpareIsSharedSoTheTableFillsItsPage() {
        double[] widths = ColumnWidths.fit(LEAVES, HEADERS, 1000);
        assertThat(widths[0]).isGreaterThan(600);
        assertThat(widths[1]).isGreaterThan(120);
        assertThat(sum(widths)).isBetween(997.0, 1000.0);
    }

    @Test
    void headersWrapBeforeNames() {
        // 600 + 2 × 120 = 840 with headers on one line; 760 with them on two.
        double[] widths = ColumnWidths.fit(LEAVES, HEADERS, 800);
        assertThat(widths[0]).isEqualTo(600);
        assertThat(widths[1]).isBetween(80.0, 120.0);
        assertThat(sum(widths)).isLessThanOrEqualTo(800);
    }

    @Test
    void namesWrapWhenHeadersOnTwoLinesAreNotEnoughButFiguresKeepTheirWidth() {
        double[] widths = ColumnWidths.fit(LEAVES, HEADERS, 500);
        assertThat(widths[0]).isBetween(130.0, 600.0);
        assertThat(widths[1]).isGreaterThanOrEqualTo(80);
        assertThat(widths[2]).isGreaterThanOrEqualTo(80);
        assertThat(sum(widths)).isLessThanOrEqualTo(500);
    }

    @Test
    void aHeaderOverSeveralColumnsWidensThemWhenItNeedsTo() {
        List<ColumnWidths.Header> wide = List.of(new ColumnWidths.Header(1, 2, List.of(400.0, 300.0, 200.0)));
        double[] widths = ColumnWidths.fit(LEAVES, wide, 300);
        assertThat(widths[1] + widths[2]).isGreaterThanOrEqualTo(200);
        assertThat(widths[0]).isGreaterThanOrEqualTo(130);
    }

    @Test
    void tooNarrowForAnythingTheTableKeepsItsTightestLayoutAndScrolls() {
        double[] widths = ColumnWidths.fit(LEAVES, HEADERS, 100);
        assertThat(widths).containsExactly(130, 80, 80);
    }

    private static double sum(double[] widths) {
        return Arrays.stream(widths).sum();
    }
}
