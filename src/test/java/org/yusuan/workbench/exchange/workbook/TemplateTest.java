package org.yusuan.workbench.exchange.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;
import org.yusuan.workbench.service.WorkbookImport;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.testsupport.Cli;

/** `yusuan template`: the empty workbook, refused as it is, accepted once filled in. */
class TemplateTest {

    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTemplate() {
        template = shared.resolve("模板.xlsx");
        Cli.Run run = Cli.run("template", "--out", template.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("已生成模板");
        assertThat(template).isRegularFile();
    }

    @Test
    void writesTheGuideAndEverySheetWithTheHeadersOfItsSpec() throws IOException {

        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("说明"));
            BaseDataLayout.SHEETS.forEach(spec -> expected.add(spec.name()));
            assertThat(names).containsExactlyElementsOf(expected).hasSize(12);

            for (SheetSpec spec : BaseDataLayout.SHEETS) {
                Sheet sheet = workbook.getSheet(spec.name());
                Row header = sheet.getRow(0);
                List<String> headers = new ArrayList<>();
                header.forEach(cell -> headers.add(cell.getStringCellValue()));
                assertThat(headers).as(spec.name()).containsExactlyElementsOf(spec.headers());
                assertThat(sheet.getLastRowNum()).as(spec.name() + " has no data rows").isZero();
            }
        }
        // The reader sees the same sheets, with no data.
        XlsxWorkbook read = XlsxWorkbook.read(template);
        for (SheetSpec spec : BaseDataLayout.SHEETS) {
            assertThat(read.sheet(spec.name())).hasValueSatisfying(s -> {
                assertThat(s.headers()).containsExactlyElementsOf(spec.headers());
                assertThat(s.rows()).isEmpty();
            });
        }
    }

    @Test
    void theEmptyTemplateIsRefusedForWantOfTheDepartmentRow() throws IOException {
        Path file = dir.resolve("new");

        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            List<ImportProblem> problems = WorkbookImport.run(db, XlsxWorkbook.read(template));

            assertThat(problems).containsExactly(new ImportProblem("部门", 0, null, "应当只有一行部门信息，实际有 0 行"));
            assertThat(problems.get(0).message()).isEqualTo("工作表「部门」：应当只有一行部门信息，实际有 0 行");
            assertThat(db.budgets().load()).isEmpty();
            assertThat(db.catalog().isEmpty()).as("nothing stored, not even the catalog").isTrue();
        }

        Cli.Run run = Cli.run("import", "--db", file.toString(), template.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("发现 1 处错误", "工作表「部门」：应当只有一行部门信息，实际有 0 行");
    }

    @Test
    void aTemplateFilledWithOneDepartmentUnitAndLineImports() throws IOException {
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            fill(workbook.getSheet("部门"), Map.of("部门编码", "099", "部门名称", "测试局", "预算年度", 2023));
            fill(workbook.getSheet("单位"), Map.of("单位编码", "099001", "单位名称", "测试局本级", "单位类型", "参公"));
            fill(workbook.getSheet("基本支出"), Map.of("单位编码", "099001", "功能科目编码", "2040201",
                    "部门经济科目编码", "30101", "资金来源", "一般公共预算拨款", "金额（元）", 1000.5));
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        Path file = dir.resolve("filled-budget");

        Cli.Run run = Cli.run("import", "--db", file.toString(), filled.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("已导入「filled.xlsx」", "单位：1 个", "基本支出明细：1 行");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Budget budget = db.budgets().load().orElseThrow();
            assertThat(budget.department().code()).isEqualTo("099");
            assertThat(budget.department().budgetYear()).isEqualTo(2023);
            assertThat(budget.units()).singleElement()
                    .satisfies(u -> assertThat(u.type()).isEqualTo(UnitType.CIVIL_SERVICE_MANAGED));
            BasicExpenditureLine line = budget.basicLines().get(0);
            assertThat(budget.basicLines()).hasSize(1);
            assertThat(line.amount()).isEqualTo(Yuan.parse("1000.50"));
            assertThat(line.governmentOverride()).isEmpty();
            assertThat(line.expenseKind()).isEqualTo(ExpenseKind.PERSONNEL);
            assertThat(line.fundYear()).isEqualTo(FundYear.CURRENT);
            assertThat(budget.projects()).isEmpty();
            assertThat(db.catalog().isEmpty()).as("a new file gets the built-in catalog").isFalse();
        }
    }

    /** Writes one data row under the headers named; numbers as numeric cells, the rest as text. */
    private static void fill(Sheet sheet, Map<String, Object> cells) {
        Row header = sheet.getRow(0);
        Row row = sheet.createRow(1);
        for (var entry : cells.entrySet()) {
            int column = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals(entry.getKey())) {
                    column = c;
                }
            }
            assertThat(column).as("column " + entry.getKey()).isNotNegative();
            if (entry.getValue() instanceof Number number) {
                row.createCell(column).setCellValue(number.doubleValue());
            } else {
                row.createCell(column).setCellValue((String) entry.getValue());
            }
        }
    }
}
