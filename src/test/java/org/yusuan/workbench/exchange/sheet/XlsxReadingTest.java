package org.yusuan.workbench.exchange.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.exchange.catalog.BuiltInCatalog;
import org.yusuan.workbench.exchange.workbook.BaseDataReader;
import org.yusuan.workbench.exchange.workbook.ImportResult;
import org.yusuan.workbench.testsupport.SampleWorkbook;
import org.yusuan.workbench.testsupport.XlsxParts;

/** What the hardened reader still accepts: the forms real spreadsheets write their cells in. */
class XlsxReadingTest {

    @TempDir
    Path dir;

    @Test
    void aFormulaIsReadAsItsCachedResult() throws IOException {
        Path book = SampleWorkbook.sample().writeXlsx(dir.resolve("f.xlsx"), b -> {
            var cell = b.getSheet("人员编制").getRow(1).getCell(2);
            cell.setCellFormula("200+44");
            cell.setCellValue(244);
        });

        Sheet staff = XlsxWorkbook.read(book).sheet("人员编制").orElseThrow();

        assertThat(staff.faults()).isEmpty();
        assertThat(staff.rows().get(0).get("编制数")).isEqualTo("244");
    }

    @Test
    void inlineStringsAndCellsWithoutReferencesAreRead() throws IOException {
        Path valid = SampleWorkbook.sample().writeXlsx(dir.resolve("v.xlsx"));
        XlsxParts parts = XlsxParts.of(valid);
        Path book = parts.edit(parts.sheetPart("上年数"), x -> x.replaceFirst(
                "<row r=\"2\"[^>]*>.*?</row>",
                "<row><c t=\"inlineStr\"><is><r><t>收入</t></r><r><t>总计</t></r></is></c><c><v>1.5</v></c></row>"))
                .write(dir.resolve("inline.xlsx"));

        Sheet prior = XlsxWorkbook.read(book).sheet("上年数").orElseThrow();

        assertThat(prior.faults()).isEmpty();
        assertThat(prior.rows().get(0).rowNumber()).isEqualTo(2);
        assertThat(prior.rows().get(0).get("项目")).isEqualTo("收入总计");
        assertThat(prior.rows().get(0).get("金额（元）")).isEqualTo("1.5");
    }

    @Test
    void textIsNormalisedToNfcOnImport() throws IOException {
        String decomposed = "上党分局Cafe\u0301";
        Path book = SampleWorkbook.sample().set("单位", 2, "单位名称", " " + decomposed + " ")
                .writeXlsx(dir.resolve("nfc.xlsx"));

        ImportResult result = BaseDataReader.read(XlsxWorkbook.read(book), BuiltInCatalog.load(2023));

        assertThat(result.problems()).isEmpty();
        assertThat(result.budget().units().get(0).name()).isEqualTo("上党分局Caf\u00e9");
    }

    @Test
    void theSampleReadsWithoutFaultsAndTheSameAsItsCsv() throws IOException {
        Path book = SampleWorkbook.sample().writeXlsx(dir.resolve("sample.xlsx"));
        XlsxWorkbook xlsx = XlsxWorkbook.read(book);
        CsvWorkbook csv = CsvWorkbook.onClasspath(SampleWorkbook.SAMPLE_FOLDER);

        assertThat(xlsx.faults()).isEmpty();
        ImportResult fromXlsx = BaseDataReader.read(xlsx, BuiltInCatalog.load(2023));
        ImportResult fromCsv = BaseDataReader.read(csv, BuiltInCatalog.load(2023));
        assertThat(fromXlsx.problems()).isEmpty();
        assertThat(fromXlsx.budget()).isEqualTo(fromCsv.budget());
    }
}
