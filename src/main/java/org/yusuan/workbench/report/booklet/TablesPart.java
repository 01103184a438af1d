package org.yusuan.workbench.report.booklet;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.properties.TabAlignment;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.report.PrintedWidth;

/** 第二部分: the 13 tables, each from a new page, wide ones on landscape pages. */
final class TablesPart {

    private TablesPart() {
    }

    static void add(Document document, BookletStyle style, BookletTemplate template, Contents contents,
                    List<DisclosureTable> tables) {
        DisclosureTableLayout layout = new DisclosureTableLayout(style);
        for (int i = 0; i < tables.size(); i++) {
            DisclosureTable table = tables.get(i);
            PageSize page = PrintedWidth.isWide(table) ? BookletStyle.LANDSCAPE : BookletStyle.PORTRAIT;
            BookletStyle.newPage(document, page);
            if (i == 0) {
                // The part title shares the first table's page, as in the reference booklet.
                document.add(style.part(contents, template.text("part2.title")));
            }
            float width = page.getWidth() - 2 * BookletStyle.MARGIN;
            Contents.Mark mark = contents.add(Contents.Level.SECTION, table.title(), true);
            document.add(new Heading(template.text("part2.tableLabel", Map.of("number",
                    String.valueOf(table.number()))), mark).setFont(style.fonts().regular()).setFontSize(10f)
                    .setMargin(0).setKeepWithNext(true));
            document.add(style.caption(table.title(), 15f).setMarginTop(4f).setMarginBottom(8f).setKeepWithNext(true));
            document.add(departmentAndUnit(style, template, table, width));
            document.add(layout.layout(table, width));
            table.note().ifPresent(note -> document.add(style.small(note).setMarginTop(6f)));
        }
    }

    /** 部门名称 on the left, 单位：万元 on the right of one line above the grid. */
    private static Paragraph departmentAndUnit(BookletStyle style, BookletTemplate template, DisclosureTable table,
                                               float width) {
        return style.small(template.text("part2.department", Map.of("department", table.departmentName())))
                .addTabStops(new TabStop(width, TabAlignment.RIGHT)).add(new Tab())
                .add(DisclosureTable.UNIT_LINE).setMarginBottom(3f).setKeepWithNext(true);
    }
}
