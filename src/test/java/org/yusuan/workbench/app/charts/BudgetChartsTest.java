package org.yusuan.workbench.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.app.BundledFonts;
import org.yusuan.workbench.calc.BudgetLedger;
import org.yusuan.workbench.calc.SampleFixture;
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
}
