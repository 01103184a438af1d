package org.yusuan.workbench.exchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.exchange.sheet.Sheet;

/** The checks an official catalog file passes before anything of it is merged. */
class CatalogImportTest {

    private static final String HEADER = "分类,科目编码,科目名称,年度\n";

    static ChartOfAccounts builtIn;

    @BeforeAll
    static void load() {
        builtIn = BuiltInCatalog.load(2023);
    }

    private static CatalogImport.Result check(String rows) {
        Sheet sheet = Sheet.fromRows("目录.csv", Csv.parse(HEADER + rows));
        return CatalogImport.check(sheet, builtIn, 2023, "导入：目录.csv");
    }

    @Test
    void acceptsNewCodesAndRenames() {
        CatalogImport.Result result = check("""
                支出功能分类,2040298,新增测试项,2023
                部门预算支出经济分类,30201,办公费（新）,
                """);

        assertThat(result.isOk()).isTrue();
        assertThat(result.entries()).containsExactly(
                new CatalogEntry(Classification.FUNCTIONAL, "2040298", "新增测试项", 2023, "导入：目录.csv"),
                new CatalogEntry(Classification.DEPARTMENTAL_ECONOMIC, "30201", "办公费（新）", 2023, "导入：目录.csv"));
    }

    @Test
    void refusesACodeWhoseParentIsNowhere() {
        assertThat(builtIn.contains(Classification.FUNCTIONAL, "20498")).isFalse();

        CatalogImport.Result result = check("""
                支出功能分类,2040298,新增测试项,
                支出功能分类,2049801,无上级的项,
                """);

        assertThat(result.isOk()).isFalse();
        assertThat(result.entries()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("目录.csv");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("科目编码");
            assertThat(p.reason()).contains("「2049801」", "「20498」", "既不在文件中，也不在现有目录中");
        });
    }

    @Test
    void aParentMayComeFromTheSameFileInAnyOrder() {
        CatalogImport.Result result = check("""
                支出功能分类,2049801,新项,
                支出功能分类,20498,新款,
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).extracting(CatalogEntry::code).containsExactly("2049801", "20498");
    }

    @Test
    void refusesCodesOfTheWrongLengthOrNotDigits() {
        CatalogImport.Result result = check("""
                支出功能分类,2040,四位功能科目,
                部门预算支出经济分类,3010101,七位经济科目,
                政府预算支出经济分类,50A01,字母,
                支出功能分类,,无编码,
                """);

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "科目编码"), tuple(3, "科目编码"), tuple(4, "科目编码"), tuple(5, "科目编码"));
        assertThat(result.problems().get(0).reason()).contains("支出功能分类", "3、5、7 位", "「2040」是 4 位");
        assertThat(result.problems().get(1).reason()).contains("部门预算支出经济分类", "3、5 位", "「3010101」是 7 位");
        assertThat(result.problems().get(2).reason()).contains("应为数字", "50A01");
        assertThat(result.problems().get(3).reason()).contains("不能为空");
    }

    @Test
    void refusesACodeTwiceInTheFile() {
        CatalogImport.Result result = check("""
                支出功能分类,2040298,新增测试项,
                支出功能分类,2040201,行政运行,
                支出功能分类,2040298,又一次,
                """);

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("科目编码");
            assertThat(p.reason()).contains("2040298", "与第 2 行重复");
        });
    }

    @Test
    void theSameCodeInTwoClassificationsIsNoDuplicate() {
        CatalogImport.Result result = check("""
                部门预算支出经济分类,399,其他支出,
                政府预算支出经济分类,399,其他支出,
                """);

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void refusesEmptyOrOverlongNamesUnknownClassificationsAndOtherYears() {
        CatalogImport.Result result = check("支出功能分类,2040298,,\n"
                + "支出功能分类,2040297," + "长".repeat(101) + ",\n"
                + "收入分类,101,税收收入,\n"
                + "支出功能分类,2040296,别年,2024\n");

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "科目名称"), tuple(3, "科目名称"), tuple(4, "分类"), tuple(5, "年度"));
        assertThat(result.problems().get(0).reason()).isEqualTo("科目名称不能为空");
        assertThat(result.problems().get(1).reason()).contains("超过 100 个字");
        assertThat(result.problems().get(2).reason()).contains("「收入分类」不是有效的分类", "支出功能分类");
        assertThat(result.problems().get(3).reason()).contains("2024", "2023", "不一致");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        Sheet sheet = Sheet.fromRows("目录.csv", Csv.parse("编码,名称\n2040298,新增测试项\n"));

        CatalogImport.Result result = CatalogImport.check(sheet, builtIn, 2023, "x");

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(1, "分类"), tuple(1, "科目编码"), tuple(1, "科目名称"));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason()).isEqualTo("缺少必填列"));
    }
}
