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
import java.util.ArrayList;
import java.util.List;

/**
 * Elements laid out one below the other from the top of the free part of the document's current
 * page, measured whole, and drawn from that same layout when they fit the page.
 *
 * <p>Why not {@code document.add}: the document would split a form that does not fit across two
 * pages, and there is no taking that back; measuring first and adding afterwards lays every form
 * out twice, which was the largest cost of the booklet (docs/performance.md). Here the elements are
 * laid out in an area as wide as the page's free part and unboundedly tall, with the same top: a
 * layout that fits is the one the document would make, and one that does not still tells how tall
 * it is, which is what choosing a smaller scale needs. After drawing, the page's free area shrinks
 * by what the elements used, so whatever the document adds next goes below them.
 */
final class OnePage {

    /** Taller than any form, so that nothing is split while laying out. */
    private static final float UNBOUNDED = 100_000f;

    private final LayoutArea page;
    private final List<IRenderer> renderers;
    private final float height;

    private OnePage(LayoutArea page, List<IRenderer> renderers, float height) {
        this.page = page;
        this.renderers = renderers;
        this.height = height;
    }

    /** Lays out {@code elements} from the top of the free part of the document's current page. */
    static OnePage layOut(Document document, List<IBlockElement> elements) {
        LayoutArea page = document.getRenderer().getCurrentArea();
        Rectangle free = page.getBBox();
        Rectangle tall = new Rectangle(free.getX(), free.getTop() - UNBOUNDED, free.getWidth(), UNBOUNDED);
        List<IRenderer> laidOut = new ArrayList<>(elements.size());
        for (IBlockElement element : elements) {
            IRenderer renderer = element.createRendererSubTree().setParent(document.getRenderer());
            LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(page.getPageNumber(), tall.clone())));
            if (result.getStatus() != LayoutResult.FULL) {
                // Something wider than the page: it cannot be drawn whole anywhere.
                return new OnePage(page, List.of(), Float.POSITIVE_INFINITY);
            }
            tall.setHeight(tall.getHeight() - result.getOccupiedArea().getBBox().getHeight());
            laidOut.add(renderer);
        }
        return new OnePage(page, laidOut, UNBOUNDED - tall.getHeight());
    }

    /** The height the elements take, in points. */
    float height() {
        return height;
    }

    /** The height free on the page for them, in points. */
    float available() {
        return page.getBBox().getHeight();
    }

    boolean fits() {
        return height <= available();
    }

    /**
     * Draws the elements on the page they were laid out for and takes the space they use from it.
     *
     * @return the page number
     * @throws IllegalStateException when they do not fit
     */
    int draw(Document document) {
        if (!fits()) {
            throw new IllegalStateException("the elements are " + height + " pt tall, the page has " + available());
        }
        PdfDocument pdf = document.getPdfDocument();
        DrawContext drawing = new DrawContext(pdf, new PdfCanvas(pdf.getPage(page.getPageNumber())), pdf.isTagged());
        for (IRenderer renderer : renderers) {
            renderer.draw(drawing);
        }
        page.getBBox().setHeight(page.getBBox().getHeight() - height);
        if (page instanceof RootLayoutArea root) {
            root.setEmptyArea(false);
        }
        return page.getPageNumber();
    }
}
