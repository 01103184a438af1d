package org.yusuan.workbench.report.forms;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.RootRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts elements on the document's current page only if all of them fit there, laying each out once.
 *
 * <p>Why not {@code document.add}: the document would split a form that does not fit across two
 * pages, and there is no taking that back; measuring first and adding afterwards lays every form
 * out twice, which was the largest cost of the booklet (docs/performance.md). Here the elements are
 * laid out in the free part of the current page, exactly as the document would lay them out, and
 * drawn from that same layout when they fit; the page's free area then shrinks by what they used,
 * so whatever the document adds next goes below them.
 */
final class OnePage {

    private OnePage() {
    }

    /**
     * Draws {@code elements}, one below the other, on the document's current page (started if the
     * document has none yet) when all of them fit there whole.
     *
     * @return the page number they were drawn on, or 0 when they do not fit (nothing is drawn and
     *         the document is as it was)
     */
    static int drawIfAllFit(Document document, List<IBlockElement> elements) {
        RootRenderer root = document.getRenderer();
        LayoutArea area = root.getCurrentArea();
        Rectangle free = area.getBBox().clone();
        List<IRenderer> laidOut = new ArrayList<>(elements.size());
        for (IBlockElement element : elements) {
            IRenderer renderer = element.createRendererSubTree().setParent(root);
            LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(area.getPageNumber(), free.clone())));
            if (result.getStatus() != LayoutResult.FULL) {
                return 0;
            }
            free.setHeight(free.getHeight() - result.getOccupiedArea().getBBox().getHeight());
            laidOut.add(renderer);
        }
        PdfDocument pdf = document.getPdfDocument();
        DrawContext drawing = new DrawContext(pdf, new PdfCanvas(pdf.getPage(area.getPageNumber())), pdf.isTagged());
        for (IRenderer renderer : laidOut) {
            renderer.draw(drawing);
        }
        area.getBBox().setHeight(free.getHeight());
        if (area instanceof RootLayoutArea rootArea) {
            rootArea.setEmptyArea(false);
        }
        return area.getPageNumber();
    }
}
