package org.yusuan.workbench.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.app.common.BundledFonts;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.domain.budget.Budget;

/**
 * The charts draw Chinese with the bundled font, not with whatever Java2D finds under its name:
 * on a machine without a Chinese system font that lookup gave "Dialog", and every label was □.
 */
class BudgetChartsTest {

    private static NarrativeFigures sampleFigures() {
        Budget budget = SampleFixture.budget();
        return NarrativeCalculator.compute(budget, new BudgetLedger(budget, SampleFixture.CHART));
    }

    @Test
    void everyTextOfThePiesIsInTheBundledFontWhichHasTheGlyphs() {
        NarrativeFigures figures = sampleFigures();
        for (JFreeChart chart : List.of(BudgetCharts.generalPublicStructure(figures), BudgetCharts.basicAndProject(figures))) {
            Font title = chart.getTitle().getFont();
            Font labels = ((PiePlot<?>) chart.getPlot()).getLabelFont();
            Font legend = chart.getLegend().getItemFont();
            for (Font font : List.of(title, labels, legend)) {
                assertThat(font.getFamily(Locale.ROOT)).isEqualTo(BundledFonts.FAMILY);
                assertThat(font.canDisplayUpTo(chart.getTitle().getText())).isEqualTo(-1);
            }
        }
    }

    @Test
    void pieSectionsStayApartWhenPrintedInGrey() {
        JFreeChart chart = BudgetCharts.generalPublicStructure(sampleFigures());
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        List<Double> greys = new java.util.ArrayList<>();
        for (Object key : plot.getDataset().getKeys()) {
            java.awt.Color color = (java.awt.Color) plot.getSectionPaint((String) key);
            assertThat(color).as("section %s has a paint of the palette", key).isNotNull();
            greys.add(0.299 * color.getRed() + 0.587 * color.getGreen() + 0.114 * color.getBlue());
        }
        // Neighbouring sections differ by at least a tenth of the grey scale.
        for (int i = 1; i < greys.size(); i++) {
            assertThat(Math.abs(greys.get(i) - greys.get(i - 1))).as("grey step between sections %d and %d", i - 1, i)
                    .isGreaterThan(25.5);
        }
    }

    @Test
    void barsCarryTheirFigureInWanYuanWithTwoDecimals() {
        JFreeChart chart = BudgetCharts.againstPriorYear(sampleFigures());
        var renderer = chart.getCategoryPlot().getRenderer();
        assertThat(renderer.getDefaultItemLabelsVisible()).isTrue();
        var dataset = chart.getCategoryPlot().getDataset();
        String label = renderer.getDefaultItemLabelGenerator().generateLabel(dataset, 1, 0);
        assertThat(label).matches("[0-9,]+\\.\\d{2}");
    }
}
