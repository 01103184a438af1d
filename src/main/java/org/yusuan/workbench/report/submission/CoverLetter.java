package org.yusuan.workbench.report.submission;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yusuan.workbench.report.pdf.ChineseLineBreaks;
import org.yusuan.workbench.report.pdf.PdfFonts;

/**
 * The one-page 报送函 the unit prints, stamps and sends with a package: the bureau compares the manifest
 * hash and the signer's fingerprint on paper with what verification reports, which is what ties the
 * file to the unit that stamped the letter (the key itself travels in the file and proves nothing alone).
 * Its wording is a Chinese official document addressed to the 财政局, like the booklet's and the forms':
 * the same in either interface language, so it stays here and not in a bundle.
 */
public final class CoverLetter {

    private static final float MARGIN = 56f;
    private static final String TITLE = "部门预算数据报送函";
    private static final String PDF_TITLE = "%s %d年度部门预算数据报送函（%s）";
    private static final String BODY = "现报送我部门 %d 年度部门预算（%s）数据包一份。数据包已用本单位的签名密钥签名，"
            + "请按下列信息核对：文件的清单 SHA-256 与签名公钥指纹应与数据包校验结果一致，签名公钥指纹应与为本部门登记的一致。";

    /** What the letter states; every field as it should be read aloud or compared by eye. */
    public record Facts(String departmentCode, String departmentName, String divisionCode, int budgetYear,
                        String stage, String fileName, String packageId, String replaces, String created,
                        int entries, long errors, long warnings, long notices, String manifestSha256,
                        String fingerprint) {
    }

    private CoverLetter() {
    }

    /** Writes the letter as a one-page A4 PDF; the stream is closed at the end. */
    public static void write(Facts facts, OutputStream out) {
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        pdf.getDocumentInfo().setTitle(String.format(PDF_TITLE, facts.departmentName(),
                facts.budgetYear(), facts.stage()));
        pdf.getDocumentInfo().setCreator("预算编制工作台 Yusuan Workbench");
        try (Document document = new Document(pdf, PageSize.A4)) {
            document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
            PdfFonts fonts = PdfFonts.create();
            document.setFont(fonts.regular()).setFontSize(11f);
            // iText alone would start a line of the body with its comma
            document.setSplitCharacters(new ChineseLineBreaks());
            document.add(new Paragraph(TITLE).setFont(fonts.bold()).setFontSize(20f)
                    .setTextAlignment(TextAlignment.CENTER).setMarginBottom(16f));
            document.add(new Paragraph("财政局：").setFontSize(13f));
            document.add(new Paragraph(String.format(BODY, facts.budgetYear(), facts.stage()))
                    .setFirstLineIndent(26f).setFixedLeading(20f).setMarginBottom(16f));
            Table table = new Table(UnitValue.createPercentArray(new float[] {28, 72})).useAllAvailableWidth();
            rows(facts).forEach((label, value) -> {
                table.addCell(new Cell().add(new Paragraph(label).setFont(fonts.bold())).setPadding(3f));
                table.addCell(new Cell().add(new Paragraph(value)).setPadding(3f));
            });
            document.add(table);
            document.add(new Paragraph("报送单位（盖章）：").setMarginTop(32f).setMarginLeft(240f));
            document.add(new Paragraph("日期：　　　　年　　月　　日").setMarginTop(8f).setMarginLeft(240f));
        }
    }

    private static Map<String, String> rows(Facts f) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("部门", f.departmentCode() + " " + f.departmentName());
        rows.put("行政区划", orNone(f.divisionCode()));
        rows.put("预算年度", String.valueOf(f.budgetYear()));
        rows.put("报送阶段", f.stage());
        rows.put("数据包文件", f.fileName());
        rows.put("数据包编号", f.packageId());
        rows.put("替代数据包", orNone(f.replaces()));
        rows.put("生成时间（UTC）", f.created());
        rows.put("文件数", String.valueOf(f.entries()));
        rows.put("审核结果", String.format("错误 %d 项，警告 %d 项，提示 %d 项", f.errors(), f.warnings(),
                f.notices()));
        // The hash in two halves of 32 digits: one line of 64 does not fit the column and breaks anywhere.
        rows.put("清单 SHA-256", f.manifestSha256().substring(0, 32) + "\n" + f.manifestSha256().substring(32));
        rows.put("签名公钥指纹", halves(f.fingerprint()));
        return rows;
    }

    /** 16 groups as two lines of eight, so the groups are never split by the column's wrapping. */
    private static String halves(String fingerprint) {
        String[] groups = fingerprint.split(" ");
        if (groups.length != 16) {
            return fingerprint;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(groups, 0, 8)) + "\n"
                + String.join(" ", java.util.Arrays.copyOfRange(groups, 8, 16));
    }

    private static String orNone(String text) {
        return text == null || text.isEmpty() ? "无" : text;
    }
}
