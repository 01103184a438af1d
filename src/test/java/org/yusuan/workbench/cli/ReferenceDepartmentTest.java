package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.testsupport.Cli;

/**
 * The second reference department (test resources reference/yunxi-2025, see its README): a department
 * unlike the sample — one 事业单位, budget year 2025, basic expenditure carried over, per-line overrides,
 * quantities, assets as counts and areas — taken the whole way an accountant takes it, through the
 * command line: workbook → 单位预算 wording → one glossary text edited in the template file → audit →
 * tables → narrative → booklet. The figures the test expects were worked out by hand from the base
 * data (README); the narrative is compared with {@code narrative.txt}, which was read line by line
 * against the base data when it was made.
 */
class ReferenceDepartmentTest {

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void enterTheDepartment() throws Exception {
        db = dir.resolve("云溪县档案馆2025.mv.db");
        Path book = Path.of(ReferenceDepartmentTest.class.getResource("/reference/yunxi-2025").toURI());
        run("import", "--db", db.toString(), book.toString());
        run("wording", "shipped", "--db", db.toString(), "--unit");
        // The shipped glossary speaks of 省直部门 (the sample's province); a county's archive says its own.
        Path template = dir.resolve("文本与标题.txt");
        run("wording", "export", "--db", db.toString(), "--out", template.toString());
        String texts = Files.readString(template, StandardCharsets.UTF_8);
        assertThat(texts).contains("指省直部门用财政拨款安排");
        Files.writeString(template, texts.replace("指省直部门用财政拨款安排", "指本单位用财政拨款安排"),
                StandardCharsets.UTF_8);
        run("wording", "import", "--db", db.toString(), template.toString());
    }

    @Test
    void theAuditFindsNoErrorOrWarningOnlyTheDeliberateOverridesAndTheCarriedCatalog() {
        String audit = run("audit", "--db", db.toString());
        assertThat(audit).startsWith("审核结果：错误 0 项，警告 0 项，提示 8 项")
                .contains("（C.year）", "（O.government）", "（O.kind）", "（T.rounding）");
    }

    @Test
    void theTablesAreTheFiguresWorkedOutByHand() {
        String csv = run("tables", "--db", db.toString(), "--format", "csv");
        List<String> rows = csv.lines().toList();
        // 表1: 收入总计 = all lines 2,975,184.00; 上年结转 = 45,000.00 + 85,600.00.
        assertThat(rows).anyMatch(r -> r.startsWith("1,") && r.contains("收入总计") && r.contains("297.52"));
        assertThat(rows).anyMatch(r -> r.startsWith("1,") && r.contains("上年结转") && r.contains("13.06"));
        // 表5 合计 = 2,836,584.00 一般公共预算 of this year; 基本 2,200,584.00; 项目 636,000.00.
        assertThat(rows).anyMatch(r -> r.startsWith("5,TOTAL") && r.endsWith("283.66,220.06,63.60"));
        // 表6: 人员经费 = 301 lines 2,016,576.00 + 30239 kept as 人员经费 31,200.00; 公用经费 152,808.00.
        assertThat(rows).anyMatch(r -> r.startsWith("6,TOTAL") && r.contains("220.06,204.78,15.28"));
        // 表10: only 公务用车运行维护费 18,000.00.
        assertThat(rows).anyMatch(r -> r.startsWith("10,") && r.contains("公务用车运行维护费") && r.contains("1.80"));
        // 表11: a 事业单位 has no 机关运行经费; 表13: the one carried-over project, 85,600.00.
        assertThat(rows).anyMatch(r -> r.startsWith("13,") && r.contains("馆藏破损档案抢救修复") && r.contains("8.56"));
        assertThat(run("tables", "--db", db.toString(), "--table", "11")).contains("本表无数据");
    }

    @Test
    void theNarrativeReadsAsReviewed() throws IOException {
        String narrative = run("narrative", "--db", db.toString());
        assertThat(narrative).isEqualTo(resource("/reference/yunxi-2025/narrative.txt"));
    }

    @Test
    void theBookletSpeaksOfTheUnitThroughout() throws IOException {
        Path pdf = dir.resolve("云溪县档案馆2025年度单位预算公开.pdf");
        run("booklet", "--db", db.toString(), "--out", pdf.toString());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("2025年度单位预算公开", "一、本单位职责", "第二部分 2025年单位预算报表",
                "单位名称：云溪县档案馆", "第三部分 2025年度单位预算情况说明", "我单位现有车辆：一般公务用车1辆",
                "办公用房面积1250.00平方米", "单价100万元以上专用设备1台（套）", "指本单位用财政拨款安排");
        // 部门 only where it is the name of a thing: the 部门预算支出经济分类, the forms' 主管部门, table 11's row.
        assertThat(text.replace("部门预算支出经济科目", "").replace("主管部门", "").replace("预算部门（单位）", "")
                .replace("部门合计", "")).doesNotContain("部门");
        assertThat(text).doesNotContain("省直部门", "共0人");
    }

    private static String run(String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run.out();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ReferenceDepartmentTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
