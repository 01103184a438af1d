package org.yusuan.workbench.report.booklet;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;

/** A paragraph that tells its {@link Contents.Mark} on which page and at what height it was drawn. */
final class Heading extends Paragraph {

    private final Contents.Mark mark;

    Heading(String text, Contents.Mark mark) {
        super(text);
        this.mark = mark;
    }

    @Override
    protected IRenderer makeNewRenderer() {
        return new Renderer(this, mark);
    }

    private static final class Renderer extends ParagraphRenderer {
        private final Contents.Mark mark;

        Renderer(Paragraph paragraph, Contents.Mark mark) {
            super(paragraph);
            this.mark = mark;
        }

        @Override
        public void draw(DrawContext drawContext) {
            super.draw(drawContext);
            // Drawing happens once, after layout has settled (keep-with-next may move a heading).
            var area = getOccupiedArea();
            mark.placed(drawContext.getDocument().getPage(area.getPageNumber()), area.getBBox().getTop());
        }

        @Override
        public IRenderer getNextRenderer() {
            return new Renderer((Paragraph) modelElement, mark);
        }
    }
}
