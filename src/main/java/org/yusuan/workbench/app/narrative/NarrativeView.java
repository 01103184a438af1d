package org.yusuan.workbench.app.narrative;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.yusuan.workbench.app.charts.BudgetCharts;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.calc.narrative.ExplanationSection;

/** 情况说明 as it will print, with the structure pie where the booklet draws it. */
public final class NarrativeView extends ScrollPane {

    private final NarrativeViewModel model;
    private final VBox content = new VBox(10);

    public NarrativeView(NarrativeViewModel model) {
        this.model = model;
        content.getStyleClass().add("page");
        content.setId("narrative");
        setContent(content);
        setFitToWidth(true);
        model.sections().addListener((javafx.collections.ListChangeListener<ExplanationSection>) c -> render());
        render();
    }

    private void render() {
        content.getChildren().clear();
        Label heading = new Label(Messages.get("narrative.heading"));
        heading.getStyleClass().add("page-heading");
        content.getChildren().add(heading);
        for (ExplanationSection section : model.sections()) {
            Label title = new Label(section.title());
            title.getStyleClass().add("section-heading");
            content.getChildren().add(title);
            for (String paragraph : section.paragraphs()) {
                if (ExplanationSection.chartOf(paragraph) != null) {
                    ChartViewer chart = new ChartViewer(BudgetCharts.generalPublicStructure(model.figuresProperty().get()));
                    chart.setPrefSize(720, 380);
                    chart.setMaxWidth(720);
                    content.getChildren().add(chart);
                } else {
                    Label text = new Label(paragraph);
                    text.setWrapText(true);
                    text.getStyleClass().add("narrative-paragraph");
                    content.getChildren().add(text);
                }
            }
        }
    }
}
