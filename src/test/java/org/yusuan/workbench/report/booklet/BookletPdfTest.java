package org.yusuan.workbench.report.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.exchange.sheet.SheetRow;
import org.yusuan.workbench.report.PublishedCells;
import org.yusuan.workbench.service.BookletExport;

/**
 * The sample's booklet, generated and read back as a reader's PDF tools see it: every published
 * figure of the reference is printed where it belongs, the 目录 tells the truth, only the bundled
 * font is used and embedded, the pie is vector, drafts carry the watermark and finals do not.
 */
class BookletPdfTest {

    private static final Pattern FOOTER = Pattern.compile("- (\\d+) -\\s*$");
    private static BookletContent content;
    private static byte[] finalPdf;
    private static byte[] draftPdf;
    /** Text of each page of the final, index 0 = page 1. */
    private static List<String> pages;

    @BeforeAll
    static void generate() throws IOException {
        content = BookletExport.content(SampleFixture.budget(), SampleFixture.CHART);
        finalPdf = write(BookletOptions.FINAL, FormPages.NONE);
        draftPdf = write(BookletOptions.draft(BookletOptions.DEFAULT_WATERMARK), FormPages.NONE);
        pages = pageTexts(finalPdf);
    }

    @Test
    void everyPublishedCellOfTables1To13IsPrintedInItsTable() {
        List<PublishedCells.Published> cells = PublishedCells.all();
        assertThat(cells).hasSizeGreaterThan(400);
        for (PublishedCells.Published cell : cells) {
            String tablePages = tablePages(cell.table());
            if (cell.isAmount()) {
                assertThat(tablePages).as("表%d %s %s", cell.table(), cell.column(), cell.value())
                        .containsPattern("(?<![\\d.])" + Pattern.quote(cell.value()) + "(?![\\d])");
            } else {
                // Long names wrap inside their cell; compare without line breaks and spaces.
                // Long names wrap inside their cell and the row's amounts, set at mid-height, are
                // read between the wrapped lines; compare without spaces and amounts.
                assertThat(squeeze(tablePages).replaceAll("\\d+\\.\\d{2}", "")).as("表%d %s", cell.table(), cell.value())
                        .contains(squeeze(cell.value()));
            }
        }
    }

    @Test
    void emptyTablesSayTheyHaveNoData() {
        for (int n : List.of(7, 8, 9)) {
            assertThat(tablePages(n)).as("表" + n).contains(DisclosureTable.NO_DATA_NOTE);
        }
        assertThat(tablePages(1)).doesNotContain(DisclosureTable.NO_DATA_NOTE);
    }

    @Test
    void everyAmountQuotedInTheNarrativeIsPrinted() {
        String explanation = squeeze(String.join("\n", pages.subList(startOf("第三部分") - 1, startOf("第四部分") - 1)));
        int checked = 0;
        for (SheetRow claim : PublishedCells.read("/golden/shangdang-2023/checks_narrative.csv", "checks").rows()) {
            // Quoted amounts only: some rows recompute an unpublished figure (e.g. the prior year's).
            if (!"amount".equals(claim.get("kind")) || !"OK".equals(claim.get("status"))
                    || !claim.get("quote").contains("万元")) {
                continue;
            }
            var amount = new java.math.BigDecimal(claim.get("claimed")).setScale(2);
            String grouped = new java.text.DecimalFormat("#,##0.00",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(amount);
            assertThat(explanation).as(claim.get("claim_id") + " " + claim.get("quote"))
                    .containsPattern("(?<![\\d.,])(" + Pattern.quote(grouped) + "|" + Pattern.quote(amount.toPlainString())
                            + ")万元");
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void overviewCarriesDutiesOrganisationAndStaffing() {
        String overview = squeeze(String.join("\n", pages.subList(startOf("第一部分") - 1, startOf("第二部分") - 1)));
        assertThat(overview).contains("一、本部门职责", "二、机构设置情况", "编制人员共244人,实有在职人数219人。",
                squeeze("1. 贯彻执行国家有关公安工作的方针、政策"), squeeze("(14) 派出所"));
    }

    @Test
    void contentsPageNumbersAreThePagesWhereEachEntryStarts() {
        Map<String, Integer> listed = contentsEntries();
        List<String> expected = new ArrayList<>(List.of("第一部分 概况", "一、本部门职责", "二、机构设置情况",
                "第二部分 2023年部门预算报表", "第三部分 2023年度部门预算情况说明", "第四部分 名词解释"));
        content.tables().forEach(t -> expected.add(t.title()));
        content.explanation().forEach(s -> expected.add(s.title()));
        assertThat(listed.keySet()).containsAll(expected);
        for (var entry : listed.entrySet()) {
            String title = entry.getKey();
            int physical = physicalPageOfNumber(entry.getValue());
            String page = pages.get(physical - 1);
            if (title.startsWith("第")) {
                assertThat(page.strip()).as(title).startsWith(title);
            } else {
                String marker = tableLabel(title).orElse(title);
                assertThat(lines(page)).as(title + " on page " + entry.getValue()).contains(marker);
                assertThat(lines(pages.get(physical - 2))).as(title + " starts there").doesNotContain(marker);
            }
        }
    }

    @Test
    void onlyTheBundledFontIsUsedAndEveryFontIsEmbedded() throws IOException {
        try (PdfDocument pdf = read(finalPdf)) {
            Set<String> names = new HashSet<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                collectFonts(pdf.getPage(i).getPdfObject().getAsDictionary(PdfName.Resources), names, new HashSet<>());
            }
            assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"));
        }
    }

    @Test
    void bookmarksExistForEveryPartSectionAndTable() throws IOException {
        try (PdfDocument pdf = read(finalPdf)) {
            List<String> titles = new ArrayList<>();
            collectTitles(pdf.getOutlines(false), titles);
            assertThat(titles).contains("目录", "第一部分 概况", "第二部分 2023年部门预算报表",
                    "第三部分 2023年度部门预算情况说明", "第四部分 名词解释", "一、本部门职责", "二、机构设置情况");
            assertThat(titles).containsAll(content.tables().stream().map(DisclosureTable::title).toList());
            assertThat(titles).containsAll(content.explanation().stream().map(ExplanationSection::title).toList());
        }
    }

    @Test
    void metadataNamesTheBookletAndItsAuthor() throws IOException {
        try (PdfDocument pdf = read(finalPdf)) {
            var info = pdf.getDocumentInfo();
            assertThat(info.getTitle()).isEqualTo("长治市公安局上党分局2023年度部门预算公开");
            assertThat(info.getAuthor()).isEqualTo("长治市公安局上党分局");
            assertThat(info.getCreator()).isEqualTo("Yusuan Workbench");
            assertThat(info.getSubject()).contains("2023");
        }
    }

    @Test
    void draftCarriesTheWatermarkOnEveryPageAndTheFinalNowhere() throws IOException {
        List<String> draftPages = pageTexts(draftPdf);
        assertThat(draftPages).hasSameSizeAs(pages)
                .allSatisfy(p -> assertThat(squeeze(p)).contains(BookletOptions.DEFAULT_WATERMARK));
        assertThat(pages).noneSatisfy(p -> assertThat(squeeze(p)).contains(BookletOptions.DEFAULT_WATERMARK));
        byte[] own = write(BookletOptions.draft("征求意见稿"), FormPages.NONE);
        assertThat(pageTexts(own)).allSatisfy(p -> assertThat(squeeze(p)).contains("征求意见稿"));
    }

    @Test
    void thePieIsVectorWithItsLabelsAsText() throws IOException {
        int chartPage = pageContaining("一般公共预算当年拨款结构图");
        assertThat(squeeze(pages.get(chartPage - 1))).contains("公共安全支出89.59%", "住房保障支出3.60%");
        try (PdfDocument pdf = read(finalPdf)) {
            PdfDictionary resources = pdf.getPage(chartPage).getPdfObject().getAsDictionary(PdfName.Resources);
            Map<PdfName, Integer> subtypes = new LinkedHashMap<>();
            collectXObjects(resources, subtypes, new HashSet<>());
            assertThat(subtypes).containsKey(PdfName.Form).doesNotContainKey(PdfName.Image);
        }
    }

    @Test
    void tablesRepeatTheirHeaderOnEveryPageTheyRunOnto() {
        // Table 1 runs over two pages; its header row "项目 2023年 项目 2023年合计" opens both.
        int first = pageContaining("预算公开表1");
        assertThat(squeeze(pages.get(first))).startsWith("收入支出项目2023年项目2023年合计");
    }

    @Test
    void formPagesAreAttachedAfterPerformanceManagementAndBeforeStateAssets() throws IOException {
        FormPages marker = (document, fonts, budget) -> {
            document.add(new com.itextpdf.layout.element.AreaBreak());
            document.add(new Paragraph("FORM-PAGES-HERE " + budget.forms().size()).setFont(fonts.regular()));
            document.getPdfDocument().setDefaultPageSize(com.itextpdf.kernel.geom.PageSize.A4.rotate());
        };
        List<String> withForms = pageTexts(write(BookletOptions.FINAL, marker));
        int formPage = indexOf(withForms, "FORM-PAGES-HERE 28");
        assertThat(indexOf(withForms, "十、绩效管理情况")).isLessThan(formPage);
        // 十一 starts on the page after the forms' last page, whatever size that page had.
        assertThat(indexOf(withForms, "十一、国有资产占有使用情况")).isEqualTo(formPage + 1);
    }

    // --- reading the PDF back ---

    private static byte[] write(BookletOptions options, FormPages forms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookletWriter.write(content, options, forms, out);
        return out.toByteArray();
    }

    private static PdfDocument read(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    private static List<String> pageTexts(byte[] bytes) throws IOException {
        try (PdfDocument pdf = read(bytes)) {
            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                texts.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i)));
            }
            return texts;
        }
    }

    /** The 目录 lines: title → printed page number. */
    private static Map<String, Integer> contentsEntries() {
        Map<String, Integer> entries = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^(.+?)[\\s.]*?(\\d+)$");
        for (int p = 1; p < startOf("第一部分") - 1; p++) {
            for (String text : lines(pages.get(p))) {
                Matcher m = line.matcher(text.strip());
                if (m.matches() && !text.strip().matches("- \\d+ -")) {
                    entries.put(m.group(1).replaceAll("[.\\s]+$", "").strip(), Integer.parseInt(m.group(2)));
                }
            }
        }
        return entries;
    }

    private static int physicalPageOfNumber(int printed) {
        for (int i = 0; i < pages.size(); i++) {
            Matcher m = FOOTER.matcher(pages.get(i));
            if (m.find() && Integer.parseInt(m.group(1)) == printed) {
                return i + 1;
            }
        }
        throw new AssertionError("no page numbered " + printed);
    }

    /** "预算公开表N" for a table's title: the line that opens the table's first page. */
    private static java.util.Optional<String> tableLabel(String title) {
        return content.tables().stream().filter(t -> t.title().equals(title)).findFirst()
                .map(t -> "预算公开表" + t.number());
    }

    /** The text of the pages from table n's first page up to (not including) the next table's. */
    private static String tablePages(int n) {
        int from = pageContaining("预算公开表" + n);
        int to = n < 13 ? pageContaining("预算公开表" + (n + 1)) : startOf("第三部分");
        return String.join("\n", pages.subList(from - 1, to - 1));
    }

    private static int pageContaining(String line) {
        for (int i = 0; i < pages.size(); i++) {
            if (lines(pages.get(i)).contains(line)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page has the line " + line);
    }

    private static int startOf(String partPrefix) {
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).strip().startsWith(partPrefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page starts with " + partPrefix);
    }

    /** The first page (from 0) with a line that is exactly {@code text}: a heading, not its 目录 line. */
    private static int indexOf(List<String> texts, String text) {
        for (int i = 0; i < texts.size(); i++) {
            if (lines(texts.get(i)).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lines(String page) {
        return page.lines().map(String::strip).toList();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }

    private static void collectFonts(PdfDictionary resources, Set<String> names, Set<PdfDictionary> seen) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        PdfDictionary fonts = resources.getAsDictionary(PdfName.Font);
        if (fonts != null) {
            for (PdfName key : fonts.keySet()) {
                PdfDictionary font = fonts.getAsDictionary(key);
                PdfDictionary descriptor = font.getAsDictionary(PdfName.FontDescriptor);
                if (descriptor == null && font.getAsArray(PdfName.DescendantFonts) != null) {
                    descriptor = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0)
                            .getAsDictionary(PdfName.FontDescriptor);
                }
                String name = font.getAsName(PdfName.BaseFont).getValue();
                assertThat(descriptor).as(name + " has a descriptor (not a standard-14 font)").isNotNull();
                assertThat(descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile)
                        || descriptor.containsKey(PdfName.FontFile3)).as(name + " embedded").isTrue();
                names.add(name);
            }
        }
        PdfDictionary xObjects = resources.getAsDictionary(PdfName.XObject);
        if (xObjects != null) {
            for (PdfName key : xObjects.keySet()) {
                PdfStream xObject = xObjects.getAsStream(key);
                collectFonts(xObject.getAsDictionary(PdfName.Resources), names, seen);
            }
        }
    }

    private static void collectXObjects(PdfDictionary resources, Map<PdfName, Integer> subtypes,
                                        Set<PdfDictionary> seen) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        PdfDictionary xObjects = resources.getAsDictionary(PdfName.XObject);
        if (xObjects == null) {
            return;
        }
        for (PdfName key : xObjects.keySet()) {
            PdfStream xObject = xObjects.getAsStream(key);
            subtypes.merge(xObject.getAsName(PdfName.Subtype), 1, Integer::sum);
            collectXObjects(xObject.getAsDictionary(PdfName.Resources), subtypes, seen);
        }
    }

    private static void collectTitles(PdfOutline outline, List<String> titles) {
        for (PdfOutline child : outline.getAllChildren()) {
            titles.add(child.getTitle());
            collectTitles(child, titles);
        }
    }
}
