package org.yusuan.workbench.report.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.report.booklet.BookletWriter;
import org.yusuan.workbench.service.BookletExport;

/** The booklet as published carries the 28 绩效目标申报表 under 十、绩效管理情况, one per page. */
class BookletFormsTest {

    @Test
    void theSamplesTwentyEightFormsAreAttachedBetweenSectionsTenAndEleven() throws IOException {
        var content = BookletExport.content(SampleFixture.budget(), SampleFixture.CHART);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookletWriter.write(content, BookletOptions.FINAL, new BookletForms(), out);

        List<String> pages = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i)));
            }
        }
        List<Integer> formPages = IntStream.range(0, pages.size())
                .filter(i -> pages.get(i).contains("绩效目标申报表") && pages.get(i).contains("(2023年度)"))
                .boxed().toList();
        assertThat(formPages).hasSize(28);
        assertThat(formPages.get(27) - formPages.get(0)).as("one page each, consecutive").isEqualTo(27);
        int ten = last(pages, "十、绩效管理情况"); // the 目录 lists them too
        int eleven = last(pages, "十一、国有资产占有使用情况");
        assertThat(ten).isLessThan(formPages.get(0));
        assertThat(eleven).isEqualTo(formPages.get(27) + 1);
        assertThat(pages.get(formPages.get(0))).contains("2023年法定节假日加班补助", "长治市公安局上党分局");
    }

    private static int last(List<String> pages, String text) {
        return IntStream.range(0, pages.size()).filter(i -> pages.get(i).contains(text)).max().orElseThrow();
    }
}
