package org.yusuan.workbench.report.forms;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import java.util.List;
import java.util.function.Function;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/** The grid above the indicators: subject, funds in 元, the five texts and 总体目标. */
final class FormHeaderBlock {

    /** A line of the funds block: its labels for each period and which part of the funds it shows. */
    private record FundsLine(String implementationLabel, String yearLabel, boolean subLine,
                             Function<FormFunds, Yuan> part) {
    }

    private static final List<FundsLine> FUNDS_LINES = List.of(
            new FundsLine("实施期资金总额：", "年度资金总额：", false, FormFunds::total),
            new FundsLine("其中：中央财政资金", "其中：中央财政资金", false, FormFunds::central),
            new FundsLine("省级财政资金", "省级财政资金", true, FormFunds::provincial),
            new FundsLine("市县（区）财政资金", "市县（区）财政资金", true, FormFunds::local),
            new FundsLine("单位自筹", "单位自筹", true, FormFunds::selfRaised),
            new FundsLine("其他资金", "其他资金", true, FormFunds::other));

    private final FormCells cells;

    FormHeaderBlock(FormCells cells) {
        this.cells = cells;
    }

    Table build(FormSubject subject, PerformanceForm form) {
        Table table = cells.headerTable();
        table.addCell(cells.label(subject.nameLabel(), 1, 2)).addCell(cells.text(subject.name(), 1, 6));
        table.addCell(cells.label("主管部门及代码", 1, 2)).addCell(cells.text(subject.department(), 1, 2))
                .addCell(cells.label("实施单位", 1, 1)).addCell(cells.text(subject.unit(), 1, 3));
        if (!subject.departmentWide()) {
            table.addCell(cells.label("项目属性", 1, 2)).addCell(cells.text(subject.attribute(), 1, 2))
                    .addCell(cells.label("项目期", 1, 1)).addCell(cells.text(subject.period(), 1, 3));
        }
        addFunds(table, subject.fundsLabel(), form.implementationFunds(), form.yearFunds());
        addTexts(table, form.texts());
        return table;
    }

    private void addFunds(Table table, String label, FormFunds implementation, FormFunds year) {
        table.addCell(cells.label(label, FUNDS_LINES.size(), 2));
        for (FundsLine line : FUNDS_LINES) {
            table.addCell(fundsLabel(line.implementationLabel(), line.subLine()))
                    .addCell(cells.amount(FormAmounts.format(line.part().apply(implementation))))
                    .addCell(fundsLabel(line.yearLabel(), line.subLine()))
                    .addCell(cells.amount(FormAmounts.format(line.part().apply(year))));
        }
    }

    private Cell fundsLabel(String text, boolean subLine) {
        Cell cell = cells.text(text, 1, 2);
        return subLine ? cell.setPaddingLeft(cells.subLineIndent()) : cell;
    }

    private void addTexts(Table table, FormTexts texts) {
        textRow(table, "项目概况", texts.overview());
        textRow(table, "立项依据", texts.basis());
        textRow(table, "项目设立必要性", texts.necessity());
        textRow(table, "保证项目实施的制度、措施", texts.safeguards());
        textRow(table, "项目实施计划", texts.plan());
        table.addCell(cells.label("总体目标", 2, 2))
                .addCell(cells.label("实施期目标", 1, 3)).addCell(cells.label("年度目标", 1, 3))
                .addCell(cells.text(texts.goalImplementation(), 1, 3)).addCell(cells.text(texts.goalYear(), 1, 3));
    }

    private void textRow(Table table, String label, String text) {
        table.addCell(cells.label(label, 1, 2)).addCell(cells.text(text, 1, 6));
    }
}
