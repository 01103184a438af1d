package org.yusuan.workbench.app.charts;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;

/**
 * 图表: the structure pies and this year against the prior year, redrawn whenever the figures
 * change. It takes the figures as data, not the narrative screen's model, so charts and the
 * narrative (which shows a pie too) do not depend on each other.
 */
public final class ChartsView extends ScrollPane {

    private final FlowPane charts = new FlowPane(16, 16);

    public ChartsView(ObservableValue<NarrativeFigures> figures) {
        charts.getStyleClass().add("page");
        setContent(charts);
        setFitToWidth(true);
        figures.addListener((o, was, now) -> render(now));
        render(figures.getValue());
    }

    private void render(NarrativeFigures figures) {
        charts.getChildren().setAll(viewer(BudgetCharts.generalPublicStructure(figures)),
                viewer(BudgetCharts.basicAndProject(figures)), viewer(BudgetCharts.againstPriorYear(figures)));
    }

    private static ChartViewer viewer(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setPrefSize(560, 360);
        return viewer;
    }
}
