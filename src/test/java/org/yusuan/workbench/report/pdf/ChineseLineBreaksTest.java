package org.yusuan.workbench.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** No line of a paragraph starts with closing punctuation or ends with opening, at any width. */
class ChineseLineBreaksTest {

    private static final String TEXT = "数据包已用本单位的签名密钥签名，请按下列信息核对：文件的清单（SHA-256）与指纹应一致。"
            + "现报送我部门预算数据包一份，请查收。";

    @Test
    void punctuationStaysWithTheCharacterBeforeOrAfterIt() throws Exception {
        // Every width from a few characters to a long line, so each comma meets the margin somewhere.
        for (float width = 60f; width <= 260f; width += 2.75f) {
            List<String> lines = lines(width);
            assertThat(String.join("", lines)).as("width %s", width).isEqualTo(TEXT);
            assertThat(lines).as("width %s: %s", width, lines)
                    .noneMatch(line -> "，。、；：）".indexOf(line.charAt(0)) >= 0)
                    .noneMatch(line -> line.endsWith("（"));
        }
    }

    private static List<String> lines(float width) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        try (Document document = new Document(pdf, new PageSize(width + 20f, 2000f))) {
            document.setMargins(10f, 10f, 10f, 10f);
            document.setFont(PdfFonts.create().regular()).setFontSize(11f);
            document.setSplitCharacters(new ChineseLineBreaks());
            document.add(new Paragraph(TEXT));
        }
        try (var doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
