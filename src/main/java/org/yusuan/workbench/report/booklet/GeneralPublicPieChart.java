package org.yusuan.workbench.report.booklet;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.font.FontInfo;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedString;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.yusuan.workbench.calc.narrative.Share;
import org.yusuan.workbench.domain.money.PlotNumbers;
import org.yusuan.workbench.report.pdf.PdfFonts;

/**
 * 一般公共预算当年拨款结构图 as vector graphics: JFreeChart draws into an SVG (JFreeSVG), which
 * iText turns into a form XObject. Labels stay text, set in the bundled font, so they print
 * sharply, extract as Chinese and add no second font to the PDF.
 */
final class GeneralPublicPieChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 340;
    /** Muted colours that stay distinguishable in greyscale print. */
    private static final Color[] PALETTE = {new Color(0x2F5597), new Color(0xC55A11), new Color(0x548235),
            new Color(0xBF9000), new Color(0x7030A0), new Color(0x2E75B6), new Color(0x843C0C), new Color(0x7F7F7F)};
    private static Font awtFont;

    private GeneralPublicPieChart() {
    }

    static Image draw(List<Share> byClass, PdfDocument pdf, PdfFonts fonts) {
        String svg = svg(byClass);
        SvgConverterProperties properties = new SvgConverterProperties().setFontProvider(new BundledFontProvider(fonts));
        return new Image(SvgConverter.convertToXObject(svg, pdf, properties));
    }

    /** Loads the chart font and draws a throw-away chart, so the first real one is quick. */
    static void prepare() {
        svg(List.of(new Share("-", org.yusuan.workbench.domain.money.Yuan.parse("1.00"), java.math.BigDecimal.ONE)));
        SvgConverterProperties.class.getName();
    }

    static String svg(List<Share> byClass) {
        // The values only size the slices; the printed percentages come from the exact shares
        // (label generator below).
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        byClass.forEach(s -> dataset.setValue(s.label(), PlotNumbers.of(s.amount().toWanYuan())));
        PiePlot<String> plot = new PiePlot<>(dataset);
        Font font = font();
        plot.setLabelFont(font.deriveFont(12f));
        plot.setLabelGenerator(new ExactShareLabels(byClass));
        plot.setLegendLabelGenerator(new ExactShareLabels(byClass));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(Color.GRAY);
        plot.setLabelShadowPaint(null);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1f));
        plot.setSectionOutlinesVisible(true);
        plot.setStartAngle(90);
        for (int i = 0; i < byClass.size(); i++) {
            plot.setSectionPaint(byClass.get(i).label(), PALETTE[i % PALETTE.length]);
        }
        JFreeChart chart = new JFreeChart(null, font, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font.deriveFont(12f));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement();
    }

    /** The bundled font for Java2D, so JFreeChart measures the Chinese labels it lays out. */
    private static synchronized Font font() {
        if (awtFont == null) {
            try (InputStream in = PdfFonts.regularFontFile()) {
                awtFont = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("bundled font unreadable for Java2D", e);
            }
        }
        return awtFont;
    }

    /** "公共安全支出 89.59%": the percentage as the narrative prints it, exact. */
    @SuppressWarnings("rawtypes") // JFreeChart's PieSectionLabelGenerator declares raw PieDataset and Comparable
    private static final class ExactShareLabels implements PieSectionLabelGenerator {
        private final List<Share> shares;

        ExactShareLabels(List<Share> shares) {
            this.shares = shares;
        }

        @Override
        public String generateSectionLabel(PieDataset dataset, Comparable key) {
            return shares.stream().filter(s -> s.label().equals(key)).findFirst()
                    .map(s -> s.label() + " " + s.percent().toPlainString() + "%").orElse(String.valueOf(key));
        }

        @Override
        public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
            return null;
        }
    }

    /** Every SVG text in the document's own bundled font object: one embedded subset for the booklet. */
    private static final class BundledFontProvider extends FontProvider {
        private final PdfFont font;

        BundledFontProvider(PdfFonts fonts) {
            super(new FontSet(), "Noto Sans SC");
            this.font = fonts.regular();
            // The set must not be empty; the already parsed program is registered, not read again.
            getFontSet().addFont(font.getFontProgram(), PdfEncodings.IDENTITY_H);
        }

        @Override
        public PdfFont getPdfFont(FontInfo fontInfo, FontSet additionalFonts) {
            return font;
        }
    }
}
