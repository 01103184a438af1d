package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.exchange.catalog.BuiltInCatalog;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.testsupport.Cli;
import org.yusuan.workbench.testsupport.SampleWorkbook;

/** Merging an official catalog file into a budget file that holds the sample. */
class CatalogUpdateTest {

    private static final String HEADER = "分类,科目编码,科目名称,年度\n";
    private static final String VALID = HEADER
            + "支出功能分类,2040298,新增测试项,2023\n"
            + "部门预算支出经济分类,30201,办公费（更名）,\n";

    @TempDir
    static Path shared;
    static Path sampleFile;

    @TempDir
    Path dir;
    Path dbFile;

    @BeforeAll
    static void createSampleOnce() {
        sampleFile = shared.resolve("sample.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(sampleFile)) {
            SampleBudget.createIn(db);
        }
    }

    @BeforeEach
    void copySample() throws IOException {
        dbFile = dir.resolve("budget.mv.db");
        Files.copy(sampleFile, dbFile);
    }

    @Test
    void aFileWithABadParentIsRefusedWhole() throws IOException {
        Path csv = write("bad.csv", HEADER
                + "支出功能分类,2040298,新增测试项,\n"
                + "支出功能分类,2049801,无上级的项,\n");

        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            ChartOfAccounts before = db.catalog().load();
            CatalogUpdate.Outcome outcome = CatalogUpdate.run(db, csv);

            assertThat(outcome.merged()).isZero();
            assertThat(outcome.problems()).singleElement().satisfies(p -> {
                assertThat(p.sheet()).isEqualTo("bad.csv");
                assertThat(p.row()).isEqualTo(3);
                assertThat(p.column()).isEqualTo("科目编码");
                assertThat(p.reason()).contains("2049801", "20498");
            });
            ChartOfAccounts after = db.catalog().load();
            assertThat(after.contains(Classification.FUNCTIONAL, "2040298")).as("valid row not merged").isFalse();
            assertThat(after.allEntries()).isEqualTo(before.allEntries());
        }
    }

    @Test
    void aValidFileAddsAndRenamesAndRecordsWhereItCameFrom() throws IOException {
        Path csv = write("财政局目录2023.csv", VALID);

        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            int before = db.catalog().load().allEntries().size();
            CatalogUpdate.Outcome outcome = CatalogUpdate.run(db, csv);

            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.merged()).isEqualTo(2);
            ChartOfAccounts after = db.catalog().load();
            assertThat(after.allEntries()).hasSize(before + 1);
            CatalogEntry added = after.find(Classification.FUNCTIONAL, "2040298").orElseThrow();
            CatalogEntry renamed = after.find(Classification.DEPARTMENTAL_ECONOMIC, "30201").orElseThrow();
            assertThat(added.name()).isEqualTo("新增测试项");
            assertThat(renamed.name()).isEqualTo("办公费（更名）");
            assertThat(List.of(added, renamed)).allSatisfy(e -> {
                assertThat(e.provenance()).contains("财政局目录2023.csv").startsWith("导入");
                assertThat(e.year()).isEqualTo(2023);
            });
            // Untouched codes keep the built-in provenance.
            assertThat(after.find(Classification.DEPARTMENTAL_ECONOMIC, "30202").orElseThrow().provenance())
                    .isEqualTo(BuiltInCatalog.provenance(2023));
            // Nothing is removed, and the budget is untouched.
            assertThat(after.mappings()).isNotEmpty();
            assertThat(db.budgets().load()).isPresent();
        }
    }

    @Test
    void aMergedCodeCanBeUsedByTheNextWorkbookImport() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.sample().set("项目明细", 2, "功能科目编码", "2040298");
        Path book = workbook.writeXlsx(dir.resolve("book.xlsx"));

        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            assertThat(WorkbookImport.run(db, XlsxWorkbook.read(book)))
                    .singleElement().satisfies(p -> assertThat(p.reason()).contains("2040298"));
            assertThat(CatalogUpdate.run(db, write("ok.csv", VALID)).problems()).isEmpty();
            assertThat(WorkbookImport.run(db, XlsxWorkbook.read(book))).isEmpty();
            assertThat(db.budgets().load().orElseThrow().projects().get(0).lines().get(0).functionCode())
                    .isEqualTo("2040298");
        }
    }

    @Test
    void aCatalogFileMergedIntoANewFileExtendsTheBuiltInCatalog() throws IOException {
        Path fresh = dir.resolve("fresh.mv.db");
        Path csv = write("new.csv", HEADER + "支出功能分类,204,公共安全支出,\n支出功能分类,20402,公安,\n"
                + "支出功能分类,2040298,新增测试项,\n");
        Path book = SampleWorkbook.sample().writeXlsx(dir.resolve("sample.xlsx"));

        try (BudgetDatabase db = BudgetDatabase.open(fresh)) {
            assertThat(CatalogUpdate.run(db, csv).problems()).isEmpty();

            assertThat(WorkbookImport.run(db, XlsxWorkbook.read(book))).isEmpty();
            assertThat(db.catalog().load().contains(Classification.FUNCTIONAL, "2040298")).isTrue();
        }
    }

    @Test
    void anXlsxCatalogIsReadFromItsFirstSheet() throws IOException {
        Path xlsx = dir.resolve("目录.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("2023年科目");
            String[][] rows = {
                    {"分类", "科目编码", "科目名称", "年度"},
                    {"支出功能分类", "20498", "新增测试款", "2023"},
                    {"支出功能分类", "2049801", "新增测试项", ""},
                    {"政府预算支出经济分类", "50101", "工资奖金津补贴（更名）", "2023"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.createSheet("不读").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }

        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            CatalogUpdate.Outcome outcome = CatalogUpdate.run(db, xlsx);

            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.merged()).isEqualTo(3);
            ChartOfAccounts after = db.catalog().load();
            assertThat(after.nameOf(Classification.FUNCTIONAL, "2049801")).isEqualTo("新增测试项");
            assertThat(after.nameOf(Classification.GOVERNMENT_ECONOMIC, "50101")).isEqualTo("工资奖金津补贴（更名）");
            assertThat(after.find(Classification.FUNCTIONAL, "20498").orElseThrow().provenance()).contains("目录.xlsx");
        }
    }

    @Test
    void commandLineExitsWithOneWhenRefusedAndZeroWhenMerged() throws IOException {
        Path bad = write("bad.csv", HEADER + "支出功能分类,2049801,无上级的项,\n支出功能分类,2040298,新增测试项,\n");
        Path ok = write("ok.csv", VALID);

        Cli.Run refused = Cli.run("catalog", "import", "--db", dbFile.toString(), bad.toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("科目目录「bad.csv」未导入：发现 1 处错误",
                "工作表「bad.csv」第 2 行「科目编码」：「2049801」的上级科目「20498」既不在文件中，也不在现有目录中");
        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            assertThat(db.catalog().load().contains(Classification.FUNCTIONAL, "2040298")).isFalse();
        }

        Cli.Run merged = Cli.run("catalog", "import", "--db", dbFile.toString(), ok.toString());

        assertThat(merged.status()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("已并入科目目录：2 个科目");
        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            assertThat(db.catalog().load().nameOf(Classification.FUNCTIONAL, "2040298")).isEqualTo("新增测试项");
        }
    }

    @Test
    void commandLineRefusesAnUnsupportedFileType() throws IOException {
        Path txt = write("目录.txt", VALID);

        Cli.Run run = Cli.run("catalog", "import", "--db", dbFile.toString(), txt.toString());

        // A file of the wrong kind is refused input (1), like any other file the readers cannot take.
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("不支持的目录文件类型", "目录.txt");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
