package org.yusuan.workbench.report.forms;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.List;

/** Whether elements fit on one A4 page of a document, measured by laying them out off the page. */
final class PageFit {

    /** Lays out in an area this tall, so that nothing is split while measuring. */
    private static final float UNBOUNDED = 100_000f;
    /** Allowance for rounding between measuring and the real layout. */
    private static final float SLACK = 2f;

    private PageFit() {
    }

    static boolean fitsOnePage(Document document, List<IBlockElement> elements) {
        PageSize page = PageSize.A4;
        float width = page.getWidth() - document.getLeftMargin() - document.getRightMargin();
        float available = page.getHeight() - document.getTopMargin() - document.getBottomMargin();
        float used = 0;
        for (IBlockElement element : elements) {
            IRenderer renderer = element.createRendererSubTree().setParent(document.getRenderer());
            LayoutResult result = renderer.layout(new LayoutContext(
                    new LayoutArea(1, new Rectangle(0, 0, width, UNBOUNDED))));
            if (result.getStatus() != LayoutResult.FULL) {
                return false;
            }
            used += result.getOccupiedArea().getBBox().getHeight();
        }
        return used + SLACK <= available;
    }
}
