package org.yusuan.workbench.report.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.testsupport.SampleWorkbook;

/**
 * The 28 forms of the shipped sample, written to a PDF and read back. What each page must show is
 * taken from the sample's CSV sheets directly, not from the budget the PDF was made from, so a form
 * field lost between the budget and the paper is caught.
 */
class SampleFormsPdfTest {

    @TempDir
    static Path dir;

    private static FormsDocument.Written written;
    private static FormsPdf pdf;
    /** One map per row of 绩效目标.csv, in sheet order: column → cell. */
    private static List<Map<String, String>> forms;
    private static List<Map<String, String>> indicators;
    private static Map<String, Map<String, String>> projects;
    private static Map<String, String> units;

    @BeforeAll
    static void writeAndRead() throws IOException {
        Path file = dir.resolve("绩效目标申报表.pdf");
        written = FormsDocument.write(SampleFixture.budget(), file);
        pdf = FormsPdf.read(file);
        forms = sheet("绩效目标");
        indicators = sheet("绩效指标");
        projects = new HashMap<>();
        sheet("项目").forEach(p -> projects.put(p.get("项目编码"), p));
        units = new HashMap<>();
        sheet("单位").forEach(u -> units.put(u.get("单位编码"), u.get("单位名称")));
    }

    @Test
    void everyFormFitsOnePageOfItsOwnInSheetOrder() {
        assertThat(forms).hasSize(28);
        assertThat(pdf.pages()).hasSize(28);
        assertThat(written.pages()).isEqualTo(28);
        assertThat(written.startPages()).containsExactlyElementsOf(IntStream.rangeClosed(1, 28).boxed().toList());
        for (int page = 1; page <= 28; page++) {
            String projectName = projects.get(forms.get(page - 1).get("项目编码")).get("项目名称");
            assertThat(pdf.pages().get(page - 1)).as("page %d", page)
                    .startsWith(FormsPdf.squeeze(forms.get(page - 1).get("表名")) + "(2023年度)项目名称"
                            + FormsPdf.squeeze(projectName));
        }
    }

    @Test
    void eachPageShowsItsProjectDepartmentUnitAndFunds() {
        SoftAssertions soft = new SoftAssertions();
        for (int page = 1; page <= 28; page++) {
            Map<String, String> form = forms.get(page - 1);
            Map<String, String> project = projects.get(form.get("项目编码"));
            String text = pdf.pages().get(page - 1);
            soft.assertThat(text).as("page %d", page).contains(
                    FormsPdf.squeeze(project.get("项目名称")),
                    "主管部门及代码012-长治市公安局上党分局实施单位" + FormsPdf.squeeze(units.get(project.get("单位编码"))),
                    "项目期" + project.get("项目期"),
                    "年度资金总额：" + grouped(form.get("年度资金总额（元）")),
                    "实施期资金总额：" + grouped(form.get("实施期资金总额（元）")),
                    "市县（区）财政资金" + grouped(form.get("年度市县财政资金（元）")),
                    "负责人：经办人：" + form.get("经办人") + "联系电话：" + form.get("联系电话"),
                    "填报日期：" + form.get("填报日期"));
            soft.assertThat(text).as("page %d: 项目属性 in the form's long wording", page)
                    .containsAnyOf("一次性项目（1年结束）", "经常性项目（长期开展）", "延续性项目（跨年度实施）");
            for (String column : List.of("项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度措施", "项目实施计划",
                    "实施期总体目标", "年度总体目标")) {
                soft.assertThat(text).as("page %d: %s", page, column).contains(FormsPdf.squeeze(form.get(column)));
            }
        }
        soft.assertAll();
    }

    @Test
    void eachPageShowsEveryIndicatorOfItsFormWithBothValues() {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (int page = 1; page <= 28; page++) {
            String code = forms.get(page - 1).get("项目编码");
            String text = pdf.pages().get(page - 1);
            for (Map<String, String> indicator : indicators) {
                if (!indicator.get("项目编码").equals(code)) {
                    continue;
                }
                checked++;
                soft.assertThat(text).as("page %d (%s)", page, code).contains(FormsPdf.squeeze(indicator.get("三级指标")),
                        indicator.get("二级指标"), indicator.get("一级指标"));
                for (String value : List.of(indicator.get("实施期指标值"), indicator.get("年度指标值"))) {
                    if (!value.isEmpty()) {
                        soft.assertThat(text).as("page %d (%s) %s", page, code, indicator.get("三级指标"))
                                .contains(FormsPdf.squeeze(indicator.get("三级指标") + value));
                    }
                }
            }
        }
        soft.assertAll();
        assertThat(checked).isEqualTo(283);
    }

    @Test
    void aSecondLevelWithoutIndicatorsStillPrintsItsRowForBothPeriods() {
        // Form 1 (2023年法定节假日加班补助) has no 经济效益 and no 生态效益 indicator.
        assertThat(indicators).noneMatch(i -> i.get("项目编码").equals("012001-009")
                && (i.get("二级指标").equals("经济效益指标") || i.get("二级指标").equals("生态效益指标")));
        assertThat(pdf.count(1, "经济效益指标")).isEqualTo(2);
        assertThat(pdf.count(1, "生态效益指标")).isEqualTo(2);
        assertThat(pdf.count(1, "数量指标")).isEqualTo(2);
    }

    @Test
    void anIndicatorSetForTheYearOnlyShowsOnTheYearSideOnly() {
        // 012001-014 sets its indicators for the year only; the reference leaves the 实施期 side blank.
        int page = pageOf("012001-014");
        assertThat(pdf.count(page, "公安机关业务装备")).isEqualTo(1);
        assertThat(pdf.count(page, "≥60件")).isEqualTo(1);
        // 012001-009 sets both: name and value on both sides.
        assertThat(pdf.count(pageOf("012001-009"), "公务员加班补贴发放人数183人")).isEqualTo(2);
    }

    @Test
    void amountsAreGroupedWithoutDecimalsWhenWholeAndWithBothDecimalsOtherwise() {
        assertThat(pdf.pages().get(pageOf("012001-009") - 1)).contains("年度资金总额：2,008,440");
        assertThat(pdf.pages().get(pageOf("012003-001") - 1))
                .contains("实施期资金总额：13,400,673.84", "年度资金总额：4,466,891.28");
        assertThat(pdf.pages().get(pageOf("012001-014") - 1)).contains("2,137,893.60").doesNotContain("2,137,893.6年");
    }

    @Test
    void everyFontIsEmbedded() {
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
    }

    private static int pageOf(String projectCode) {
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).get("项目编码").equals(projectCode)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(projectCode);
    }

    /** 2008440.00 → 2,008,440; 2137893.60 → 2,137,893.60 (independent of FormAmounts). */
    private static String grouped(String plain) {
        BigDecimal amount = new BigDecimal(plain);
        return amount.stripTrailingZeros().scale() <= 0
                ? String.format(Locale.ROOT, "%,d", amount.toBigIntegerExact())
                : String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static List<Map<String, String>> sheet(String name) {
        List<List<String>> rows = Csv.parse(SampleWorkbook.sampleCsv(name));
        List<String> header = rows.get(0);
        List<Map<String, String>> result = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), c < row.size() ? row.get(c) : "");
            }
            result.add(cells);
        }
        return result;
    }
}
