package org.yusuan.workbench.app.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.yusuan.workbench.app.common.BundledFonts;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.calc.narrative.Change;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.calc.narrative.Share;
import org.yusuan.workbench.domain.money.PlotNumbers;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * The workstation's charts, drawn with JFreeChart from the narrative figures. Chart datasets take
 * doubles: the 万元 figures are converted only here, for drawing; every number shown in text comes
 * from the exact figures.
 */
public final class BudgetCharts {

    /**
     * Blue-greys from dark to light, each clearly lighter than the one before, so neighbouring
     * sections stay apart when the page is printed in grey (luminance steps of about 12 %).
     */
    static final List<Color> PALETTE = List.of(new Color(0x1F3A5A), new Color(0x3D6184), new Color(0x6488AA),
            new Color(0x8FAAC5), new Color(0xB9CCDD), new Color(0xDDE6EF));
    private static final Color OTHER = new Color(0x9A9A9A);

    private static final Font TITLE = BundledFonts.awt(Font.BOLD, 16);
    private static final Font LABEL = BundledFonts.awt(Font.PLAIN, 12);

    private BudgetCharts() {
    }

    /** 一般公共预算当年拨款结构图: the 功能类 shares of this year's 一般公共预算. */
    public static JFreeChart generalPublicStructure(NarrativeFigures figures) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (Share share : figures.generalPublic().byClass()) {
            data.setValue(share.label(), drawn(share.amount()));
        }
        return pie(Messages.get("charts.generalPublic"), data);
    }

    /** "公共安全支出 8,392.64万元（89.59%）": two decimals, as the narrative prints them. */
    private static StandardPieSectionLabelGenerator labels() {
        return new StandardPieSectionLabelGenerator(Messages.get("charts.pieLabel"), new java.text.DecimalFormat("#,##0.00"),
                new java.text.DecimalFormat("0.00%"));
    }

    /** 基本支出 and 项目支出 of all money. */
    public static JFreeChart basicAndProject(NarrativeFigures figures) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        data.setValue(Messages.get("charts.basic"), drawn(figures.expenditure().basic().amount()));
        data.setValue(Messages.get("charts.project"), drawn(figures.expenditure().project().amount()));
        return pie(Messages.get("charts.basicAndProject"), data);
    }

    private static JFreeChart pie(String title, DefaultPieDataset<String> data) {
        JFreeChart chart = ChartFactory.createPieChart(title, data, true, true, false);
        PiePlot<?> plot = (PiePlot<?>) chart.getPlot();
        plot.setLabelGenerator(labels());
        plot.setLabelFont(LABEL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        // Plain label boxes (JFreeChart's default is a yellow note) that print like the text around them.
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(new Color(0xB0B0B0));
        plot.setLabelShadowPaint(null);
        @SuppressWarnings("unchecked") // the plot's keys are the dataset's: ChartFactory drops the type
        PiePlot<String> sections = (PiePlot<String>) plot;
        List<String> keys = data.getKeys();
        for (int i = 0; i < keys.size(); i++) {
            sections.setSectionPaint(keys.get(i), i < PALETTE.size() ? PALETTE.get(i) : OTHER);
        }
        return style(chart);
    }

    /** This year against the prior year, for the figures that have a prior-year value. */
    public static JFreeChart againstPriorYear(NarrativeFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        add(data, Messages.get("charts.prior.income"), figures.income().change().orElse(null));
        add(data, Messages.get("charts.prior.generalPublicItem"), figures.generalPublic().change().orElse(null));
        add(data, Messages.get("charts.prior.threePublic"), figures.threePublic().change().orElse(null));
        add(data, Messages.get("charts.prior.administrative"), figures.administrativeRunning().change().orElse(null));
        JFreeChart chart = ChartFactory.createBarChart(Messages.get("charts.prior.title"), null, Messages.get("charts.prior.axis"), data,
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelLines(2); // "一般公共预算当年拨款" whole, not "一般公共..."
        plot.getRangeAxis().setUpperMargin(0.12); // room for the tallest bar's figure
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setLabelFont(LABEL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, PALETTE.get(3)); // 上年, lighter
        bars.setSeriesPaint(1, PALETTE.get(0)); // 本年, dark
        // Each bar carries its figure in 万元 with two decimals, as the narrative prints it.
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("#,##0.00")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(LABEL);
        return style(chart);
    }

    private static void add(DefaultCategoryDataset data, String item, Change change) {
        if (change != null) {
            data.addValue(drawn(change.prior()), Messages.get("charts.prior.prior"), item);
            data.addValue(drawn(change.current()), Messages.get("charts.prior.current"), item);
        }
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.getTitle().setFont(TITLE);
        // Without a margin above it the title's upper half was cut off in the chart view.
        chart.getTitle().setPadding(new RectangleInsets(10, 4, 6, 4));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL);
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** 万元 for drawing only (see class comment). */
    private static double drawn(Yuan amount) {
        return PlotNumbers.of(amount.toWanYuan());
    }
}
