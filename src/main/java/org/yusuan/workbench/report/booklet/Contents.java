package org.yusuan.workbench.report.booklet;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each part, section and table of the booklet starts, learnt while the pages are drawn. The
 * 目录 and the bookmarks are made from it after layout, so their page numbers are the true ones.
 */
final class Contents {

    /** How deep an entry sits: a part (第一部分), a section or table, a subsection. */
    enum Level { PART, SECTION, SUBSECTION }

    /** One entry; its page is known once its heading has been drawn. */
    static final class Mark {
        private final Level level;
        private final String title;
        private final boolean listed;
        private PdfPage page;
        private float top;

        private Mark(Level level, String title, boolean listed) {
            this.level = level;
            this.title = title;
            this.listed = listed;
        }

        String title() {
            return title;
        }

        Level level() {
            return level;
        }

        /** Printed in the 目录 (subsections are bookmarks only, as in the reference booklet). */
        boolean listed() {
            return listed;
        }

        PdfPage page() {
            if (page == null) {
                throw new IllegalStateException("heading not drawn yet: " + title);
            }
            return page;
        }

        /** The first drawing wins: a heading split over two pages starts on the first. */
        void placed(PdfPage page, float top) {
            if (this.page == null) {
                this.page = page;
                this.top = top;
            }
        }

        PdfDestination destination() {
            return PdfExplicitDestination.createXYZ(page(), 0, top + 12, 0);
        }
    }

    private final List<Mark> marks = new ArrayList<>();

    Mark add(Level level, String title, boolean listed) {
        Mark mark = new Mark(level, title, listed);
        marks.add(mark);
        return mark;
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** Bookmarks for every mark, nested part → section or table → subsection. */
    void writeOutline(PdfDocument pdf) {
        PdfOutline root = pdf.getOutlines(false);
        PdfOutline[] lastAt = new PdfOutline[Level.values().length];
        for (Mark mark : marks) {
            int depth = mark.level().ordinal();
            PdfOutline parent = root;
            for (int d = depth - 1; d >= 0; d--) {
                if (lastAt[d] != null) {
                    parent = lastAt[d];
                    break;
                }
            }
            PdfOutline outline = parent.addOutline(mark.title());
            outline.addDestination(mark.destination());
            outline.setOpen(depth == 0);
            lastAt[depth] = outline;
            for (int d = depth + 1; d < lastAt.length; d++) {
                lastAt[d] = null;
            }
        }
    }
}
