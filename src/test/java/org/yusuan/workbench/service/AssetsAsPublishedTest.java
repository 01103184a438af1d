package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.testsupport.SampleWorkbook;

/**
 * 国有资产 as booklets publish it: counts and areas without values (vehicles by type, office space,
 * devices above a unit value) imported into a real budget file and printed as given — in the
 * narrative and in the booklet's PDF — never as 0.
 */
class AssetsAsPublishedTest {

    private static final String SHEET = "国有资产";

    @TempDir
    Path dir;

    private static SampleWorkbook countsOnly() {
        SampleWorkbook book = SampleWorkbook.sample().replaceSheet(SHEET, "资产项目", "数量", "计量单位", "面积（平方米）", "价值（元）");
        book.appendRow(SHEET, "车辆", "12");
        book.appendRow(SHEET, "一般公务用车", "2", "辆");
        book.appendRow(SHEET, "执法执勤用车", "10", "辆");
        book.appendRow(SHEET, "办公用房", "", "", "1234.50");
        book.appendRow(SHEET, "单价50万元以上设备", "3", "台（套）");
        book.appendRow(SHEET, "单价100万元以上设备", "1", "台（套）");
        return book;
    }

    @Test
    void countsAndAreasWithoutValuesImportAndPrintAsGiven() throws IOException {
        Path book = countsOnly().writeXlsx(dir.resolve("counts.xlsx"));
        Path file = dir.resolve("counts.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            assertThat(WorkbookImport.run(db, XlsxWorkbook.read(book))).isEmpty();
        }
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            List<StateAsset> assets = db.budgets().load().orElseThrow().stateAssets();
            assertThat(assets).extracting(StateAsset::item).containsExactly("车辆", "一般公务用车", "执法执勤用车", "办公用房",
                    "单价50万元以上设备", "单价100万元以上设备");
            assertThat(assets).allSatisfy(a -> assertThat(a.value()).isNull());
            assertThat(assets.get(3).area()).isEqualByComparingTo(new BigDecimal("1234.50"));

            List<ExplanationSection> text = BudgetExplanation.render(db).orElseThrow();
            assertThat(text.get(10).paragraphs()).containsExactly("1、车辆情况：",
                    "我部门现有车辆12辆，其中：一般公务用车2辆、执法执勤用车10辆。",
                    "2、房屋情况：", "我部门办公用房面积1234.50平方米。",
                    "3、其他国有资产占有使用情况：", "我部门其他国有资产占有使用情况：单价50万元以上设备3台（套），单价100万元以上设备1台（套）。");

            Path pdf = dir.resolve("booklet.pdf");
            assertThat(BookletExport.write(db, pdf, BookletOptions.FINAL)).isTrue();
            String printed = pdfText(pdf);
            assertThat(printed).contains("我部门现有车辆12辆，其中：一般公务用车2辆、执法执勤用车10辆。",
                    "我部门办公用房面积1234.50平方米。", "单价50万元以上设备3台(套)，单价100万元以上设备1台(套)。");
            String section = printed.substring(printed.lastIndexOf("十一、国有资产占有使用情况"),
                    printed.lastIndexOf("十二、其他说明"));
            assertThat(section).contains("1、车辆情况").doesNotContain("价值", "0.00万元").doesNotContainPattern("(?<![0-9.])0辆");
        }
    }

    @Test
    void aRowWithNeitherCountNorAreaNorValueIsRefusedNamingTheSheetAndRow() throws IOException {
        SampleWorkbook workbook = countsOnly();
        int row = workbook.appendRow(SHEET, "特种专业技术用车", "", "辆");
        Path book = workbook.writeXlsx(dir.resolve("empty-asset.xlsx"));
        Path file = dir.resolve("empty-asset.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            List<ImportProblem> problems = WorkbookImport.run(db, XlsxWorkbook.read(book));
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).sheet()).isEqualTo(SHEET);
            assertThat(problems.get(0).row()).isEqualTo(row);
            assertThat(problems.get(0).toString()).contains("工作表「国有资产」第 " + row + " 行",
                    "「特种专业技术用车」的数量、面积和价值都没有填写");
            assertThat(db.budgets().load()).isEmpty();
        }
    }

    @Test
    void aCountOfAnItemOfOnesOwnNeedsItsUnit() throws IOException {
        SampleWorkbook workbook = countsOnly();
        int row = workbook.appendRow(SHEET, "特种专业技术用车", "4");
        Path book = workbook.writeXlsx(dir.resolve("no-unit.xlsx"));
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("no-unit.mv.db"))) {
            List<ImportProblem> problems = WorkbookImport.run(db, XlsxWorkbook.read(book));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(row);
                assertThat(p.column()).isEqualTo("计量单位");
            });
        }
    }

    @Test
    void aSheetOfEarlierVersionsStillImportsWithItsQuantityAsTheArea() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.sample().replaceSheet(SHEET, "资产项目", "数量", "价值（元）");
        workbook.appendRow(SHEET, "车辆", "128", "15495900.00");
        workbook.appendRow(SHEET, "房屋", "27117.86", "110575000.00");
        workbook.appendRow(SHEET, "设备", "", "14363900.00");
        Path book = workbook.writeXlsx(dir.resolve("older.xlsx"));
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("older.mv.db"))) {
            assertThat(WorkbookImport.run(db, XlsxWorkbook.read(book))).isEmpty();
            List<StateAsset> assets = db.budgets().load().orElseThrow().stateAssets();
            assertThat(assets.get(0).count()).isEqualByComparingTo("128");
            assertThat(assets.get(1).area()).isEqualByComparingTo("27117.86");
            assertThat(assets.get(1).count()).isNull();
            assertThat(BudgetExplanation.render(db).orElseThrow().get(10).paragraphs()).contains(
                    "我部门现有车辆128辆，价值1,549.59万元。", "我部门房屋面积27117.86平方米，价值11,057.50万元。");
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "")
                    .replace('（', '(').replace('）', ')');
        }
    }
}
