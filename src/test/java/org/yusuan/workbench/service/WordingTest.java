package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.service.wording.WordingTemplates;

/**
 * 文本与标题: the wording kept in the budget file, edited through the workspace, printed by the booklet,
 * the tables workbook and the screen, handed from file to file as a template file, refused whole when
 * bad, and the shipped template for a file of an older release. Real H2 files, PDF and xlsx read back.
 */
class WordingTest {

    private static final String T10 = "{year}年财政拨款安排“三公”经费预算表";
    private static final BudgetFiles FILES = new BudgetFiles();

    @TempDir
    Path dir;

    @Test
    void aNewFileStartsWithTheShippedTemplateOfItsYear() {
        Path file = dir.resolve("sample.mv.db");
        FILES.createWithSample(file);
        try (BudgetFile opened = FILES.open(file)) {
            Wording stored = opened.workspace().orElseThrow().storedWording();
            assertThat(stored.texts()).isEqualTo(WordingTemplates.shippedTexts(2023));
            assertThat(stored.origins().values()).containsOnly("shipped:2023:DEPARTMENT");
        }
    }

    @Test
    void theStoredShippedTemplatePrintsTheBookletTheShippedResourcesPrint() throws IOException {
        Path file = dir.resolve("sample.mv.db");
        FILES.createWithSample(file);
        Path fromFile = dir.resolve("file.pdf");
        Path fromResources = dir.resolve("resources.pdf");
        try (BudgetFile opened = FILES.open(file)) {
            assertThat(opened.writeBooklet(fromFile, BookletOptions.FINAL)).isTrue();
            BookletExport.write(opened.budget().orElseThrow(), opened.workspace().orElseThrow().chart(), fromResources,
                    BookletOptions.FINAL);
        }
        assertThat(pdfText(fromFile)).isEqualTo(pdfText(fromResources));
    }

    @Test
    void aNewBudgetOfOneUnitCanStartWithTheUnitTemplate() {
        Path file = dir.resolve("unit.mv.db");
        assertThat(FILES.createStarted(file, new NewBudget.Start("305", "某市档案馆", "2024", "305001", "某市档案馆",
                "事业单位"), WordingTemplates.Variant.UNIT)).isEmpty();
        try (BudgetFile opened = FILES.open(file)) {
            Wording stored = opened.workspace().orElseThrow().storedWording();
            assertThat(stored.origins().values()).containsOnly("shipped:2024:UNIT");
            assertThat(stored.texts()).containsEntry("booklet.part2.department", "单位名称：{department}")
                    .containsEntry("booklet.cover.title", "{year}年度单位预算公开");
            assertThat(String.join("", opened.explanation().orElseThrow().get(0).title())).isEqualTo(
                    "一、单位预算收支数据变动情况及原因");
        }
    }

    @Test
    void anEditedTableTitleAppearsOnScreenInTheBookletAndInTheXlsxAndIsUndoable() throws IOException {
        Path file = dir.resolve("sample.mv.db");
        FILES.createWithSample(file);
        try (BudgetFile opened = FILES.open(file)) {
            BudgetWorkspace ws = opened.workspace().orElseThrow();
            assertThat(ws.table(10).title()).isEqualTo("2023年一般公共预算“三公”经费支出预算表");
            assertThat(WordingEdits.setText(ws, "table.t10.title", T10)).isEmpty();
            assertThat(ws.table(10).title()).isEqualTo("2023年财政拨款安排“三公”经费预算表");
            assertThat(ws.undoDescription()).contains("修改预算公开表10的标题");
        }
        try (BudgetFile reopened = FILES.open(file)) {
            assertThat(reopened.wording().orElseThrow().texts().get("table.t10.title")).isEqualTo(T10);
            assertThat(reopened.wording().orElseThrow().origins().get("table.t10.title")).isEqualTo(Wording.EDITED);
            Path pdf = dir.resolve("booklet.pdf");
            assertThat(reopened.writeBooklet(pdf, BookletOptions.FINAL)).isTrue();
            assertThat(squeeze(pdfText(pdf))).contains("2023年财政拨款安排“三公”经费预算表")
                    .doesNotContain("2023年一般公共预算“三公”经费支出预算表");
            Path xlsx = dir.resolve("tables.xlsx");
            assertThat(reopened.writeTablesWorkbook(xlsx)).isTrue();
            assertThat(sheetTexts(xlsx, 9)).contains("2023年财政拨款安排“三公”经费预算表");

            BudgetWorkspace ws = reopened.workspace().orElseThrow();
            assertThat(WordingEdits.setText(ws, "table.t11.title", "{year}年财政拨款安排机关运行经费预算表")).isEmpty();
            ws.undo();
            assertThat(ws.table(11).title()).isEqualTo("2023年机关运行经费预算财政拨款情况统计表");
        }
        try (BudgetFile again = FILES.open(file)) {
            assertThat(again.tables().orElseThrow().get(10).title()).isEqualTo("2023年机关运行经费预算财政拨款情况统计表");
            assertThat(again.tables().orElseThrow().get(9).title()).isEqualTo("2023年财政拨款安排“三公”经费预算表");
        }
    }

    @Test
    void aTextWithoutAPlaceholderTheEngineNeedsIsRefusedNamingTheText() {
        Path file = dir.resolve("sample.mv.db");
        FILES.createWithSample(file);
        try (BudgetFile opened = FILES.open(file)) {
            BudgetWorkspace ws = opened.workspace().orElseThrow();
            Wording before = ws.storedWording();
            assertThat(WordingEdits.setText(ws, "table.t01.title", "预算收支总表")).singleElement()
                    .satisfies(p -> assertThat(p).contains("预算公开表1的标题").contains("{year}"));
            assertThat(WordingEdits.setText(ws, "narrative.s3.text", "支出预算${支出总计}万元。")).singleElement()
                    .satisfies(p -> assertThat(p).contains("情况说明第3节的正文").contains("${基本支出}"));
            assertThat(WordingEdits.setText(ws, "booklet.cover.title", "{year}年度{部门}预算公开")).singleElement()
                    .satisfies(p -> assertThat(p).contains("booklet.cover.title"));
            assertThat(ws.storedWording()).isEqualTo(before);
            assertThat(ws.canUndo()).isFalse();
        }
    }

    @Test
    void theComparisonVerbsAreTheTemplates() {
        Path file = dir.resolve("sample.mv.db");
        FILES.createWithSample(file);
        try (BudgetFile opened = FILES.open(file)) {
            BudgetWorkspace ws = opened.workspace().orElseThrow();
            String s1 = String.join("\n", ws.explanation().get(0).paragraphs());
            assertThat(s1).contains("比上年增加");
            assertThat(WordingEdits.setText(ws, "narrative.phrase.increase", "增长")).isEmpty();
            assertThat(String.join("\n", ws.explanation().get(0).paragraphs())).contains("比上年增长")
                    .doesNotContain("比上年增加");
        }
    }

    @Test
    void theUnitTemplateSpeaksOfTheUnitThroughoutTheBookletOfAOneUnitBudget() throws IOException {
        Path file = dir.resolve("unit.mv.db");
        assertThat(FILES.createStarted(file, new NewBudget.Start("305", "某市档案馆", "2023", "305001", "某市档案馆",
                "事业单位"))).isEmpty();
        String text;
        try (BudgetFile opened = FILES.open(file)) {
            opened.useShippedWording(WordingTemplates.Variant.UNIT);
            Path pdf = dir.resolve("unit.pdf");
            assertThat(opened.writeBooklet(pdf, BookletOptions.FINAL)).isTrue();
            text = squeeze(pdfText(pdf));
            Path xlsx = dir.resolve("unit.xlsx");
            assertThat(opened.writeTablesWorkbook(xlsx)).isTrue();
            for (int sheet = 0; sheet < 13; sheet++) {
                assertThat(sheetTexts(xlsx, sheet)).contains("单位名称：某市档案馆").noneMatch(t -> t.startsWith("部门名称"));
            }
        }
        assertThat(text).contains("2023年度单位预算公开", "一、本单位职责", "第二部分2023年单位预算报表", "单位名称：某市档案馆",
                "第三部分2023年度单位预算情况说明", "一、单位预算收支数据变动情况及原因", "2023年某市档案馆政府采购预算总额",
                "2023年某市档案馆实行绩效目标管理的项目");
        assertThat(text).doesNotContain("部门预算公开", "部门预算报表", "部门预算情况说明", "部门名称", "部门各单位", "本部门",
                "我部门", "部门预算收支", "部门实行");
    }

    @Test
    void aTemplateExportedFromOneFileIsImportedIntoAnother() throws IOException {
        Path a = dir.resolve("a.mv.db");
        Path b = dir.resolve("b.mv.db");
        Path template = dir.resolve("文本与标题.txt");
        FILES.createWithSample(a);
        assertThat(FILES.createStarted(b, new NewBudget.Start("305", "某市档案馆", "2023", "305001", "某市档案馆",
                "事业单位"))).isEmpty();
        try (BudgetFile opened = FILES.open(a)) {
            opened.useShippedWording(WordingTemplates.Variant.UNIT);
            BudgetWorkspace ws = opened.workspace().orElseThrow();
            assertThat(WordingEdits.setText(ws, "table.t10.title", T10)).isEmpty();
            assertThat(WordingEdits.setText(ws, "booklet.glossary.9.term", "九、一般公共预算：")).isEmpty();
            assertThat(WordingEdits.setText(ws, "narrative.s12.text", "（一）政府购买服务指导性目录\n${政府购买服务指导性目录}\n"
                    + "（二）其他\\说明\n${其他说明}")).isEmpty();
            assertThat(opened.exportWording(template)).isTrue();
        }
        Map<String, String> exported;
        try (BudgetFile opened = FILES.open(a)) {
            exported = opened.wording().orElseThrow().texts();
        }
        try (BudgetFile opened = FILES.open(b)) {
            assertThat(opened.importWording(template)).isEmpty();
            assertThat(opened.wording().orElseThrow().texts()).isEqualTo(exported);
            assertThat(opened.workspace().orElseThrow().table(10).title()).isEqualTo("2023年财政拨款安排“三公”经费预算表");
        }
        try (BudgetFile opened = FILES.open(b)) {
            assertThat(opened.wording().orElseThrow().texts()).isEqualTo(exported);
            assertThat(opened.wording().orElseThrow().origins().get("table.t01.title")).isEqualTo("imported:文本与标题.txt");
        }
    }

    @Test
    void aBadTemplateFileIsRefusedWholeWithItsReasonAndNothingChanges() throws IOException {
        Path file = dir.resolve("sample.mv.db");
        FILES.createWithSample(file);
        String good = "table.t10.title=" + T10 + "\n";
        Map<String, String> bad = Map.of(
                "unknown", good + "table.t14.title={year}年另一张表\n",
                "placeholder", good + "table.t01.title=预算收支总表\n",
                "doctype", "<?xml version=\"1.0\"?>\n<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n",
                "line", good + "这一行没有等号\n",
                "repeated", good + good,
                "escape", good + "booklet.contents.title=目\\t录\n");
        try (BudgetFile opened = FILES.open(file)) {
            BudgetWorkspace ws = opened.workspace().orElseThrow();
            Wording before = ws.storedWording();
            for (var entry : bad.entrySet()) {
                Path template = dir.resolve(entry.getKey() + ".txt");
                Files.writeString(template, entry.getValue(), StandardCharsets.UTF_8);
                assertThat(opened.importWording(template)).as(entry.getKey()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p).contains(entry.getKey() + ".txt").contains("未作任何改动"));
            }
            Path latin = dir.resolve("latin1.txt");
            Files.write(latin, "table.t10.title={year}年三公经费\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
            assertThat(opened.importWording(latin)).singleElement().satisfies(p -> assertThat(p).contains("UTF-8"));
            Path huge = dir.resolve("huge.txt");
            Files.writeString(huge, "#" + "x".repeat(1024 * 1024) + "\n" + good);
            assertThat(opened.importWording(huge)).singleElement().satisfies(p -> assertThat(p).contains("1 MB"));
            assertThat(ws.storedWording()).isEqualTo(before);
            assertThat(ws.canUndo()).isFalse();
        }
        try (BudgetFile reopened = FILES.open(file)) {
            assertThat(reopened.tables().orElseThrow().get(9).title()).isEqualTo("2023年一般公共预算“三公”经费支出预算表");
        }
    }

    @Test
    void aFileOfAnOlderReleaseOpensWithTheShippedWording() throws Exception {
        Path file = dir.resolve("budget.mv.db");
        try (InputStream in = WordingTest.class.getResourceAsStream("/released/0.1.0/budget.mv.db")) {
            Files.copy(in, file);
        }
        try (BudgetFile opened = FILES.open(file)) {
            BudgetWorkspace ws = opened.workspace().orElseThrow();
            assertThat(ws.storedWording().isEmpty()).isTrue();
            assertThat(ws.wording().texts()).isEqualTo(WordingTemplates.shippedTexts(2023));
            assertThat(ws.table(1).title()).isEqualTo("2023年预算收支总表");
            Path pdf = dir.resolve("old.pdf");
            assertThat(opened.writeBooklet(pdf, BookletOptions.FINAL)).isTrue();
            assertThat(squeeze(pdfText(pdf))).contains("2023年度部门预算公开", "2023年一般公共预算“三公”经费支出预算表");
            assertThat(WordingEdits.setText(ws, "table.t10.title", T10)).isEmpty();
        }
        try (BudgetFile reopened = FILES.open(file)) {
            Wording stored = reopened.workspace().orElseThrow().storedWording();
            assertThat(stored.texts()).hasSameSizeAs(WordingTemplates.shippedTexts(2023)).containsEntry("table.t10.title", T10);
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(i))).append('\n');
            }
            return text.toString();
        }
    }

    /** Without spaces and line breaks: a long title wraps. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<String> sheetTexts(Path xlsx, int sheet) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet s = workbook.getSheetAt(sheet);
            List<String> texts = new java.util.ArrayList<>();
            for (Row row : s) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            return texts;
        }
    }
}
