package org.yusuan.workbench.fuzz;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yusuan.workbench.exchange.workbook.BaseDataLayout;
import org.yusuan.workbench.exchange.workbook.SheetSpec;
import org.yusuan.workbench.exchange.workbook.TemplateWriter;
import org.yusuan.workbench.testsupport.SampleWorkbook;
import org.yusuan.workbench.text.Csv;

/** The valid files the tests already use, as the fuzzer's starting corpus. */
final class Seeds {

    private static final String CATALOG = "/org/yusuan/workbench/catalog/2023/catalog.csv";
    /** CatalogUpdateTest's valid file: one new 项, one renamed 款. */
    private static final String SMALL_CATALOG = "分类,科目编码,科目名称,年度\n"
            + "支出功能分类,2040298,新增测试项,2023\n"
            + "部门预算支出经济分类,30201,办公费（更名）,\n";

    private Seeds() {
    }

    static List<FuzzInput> of(Target target, Path scratch) {
        try {
            Files.createDirectories(scratch);
            return target == Target.WORKBOOK ? workbook(scratch) : catalog();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FuzzInput> workbook(Path scratch) throws IOException {
        List<FuzzInput> seeds = new ArrayList<>();
        // The small sample first: a tenth of the rows parse in a fraction of the time, so most
        // executions start from it; the whole sample stays in the corpus for what only it reaches.
        SampleWorkbook small = SampleWorkbook.sample();
        List<Zip.Entry> smallSheets = new ArrayList<>();
        for (SheetSpec spec : BaseDataLayout.SHEETS) {
            List<List<String>> kept = smallRows(spec.name(), Csv.parse(SampleWorkbook.sampleCsv(spec.name())));
            small.clearRows(spec.name());
            kept.subList(1, kept.size()).forEach(row -> small.appendRow(spec.name(), row.toArray(String[]::new)));
            smallSheets.add(new Zip.Entry(spec.name() + ".csv", csv(kept).getBytes(StandardCharsets.UTF_8)));
        }
        Path smallFile = small.writeXlsx(scratch.resolve("small.xlsx"));
        seeds.add(new FuzzInput(FuzzInput.Kind.XLSX, Files.readAllBytes(smallFile), "small sample.xlsx"));
        seeds.add(new FuzzInput(FuzzInput.Kind.CSV_FOLDER, Zip.write(smallSheets, true), "small sample CSV folder"));
        Path sample = SampleWorkbook.sample().writeXlsx(scratch.resolve("sample.xlsx"));
        seeds.add(new FuzzInput(FuzzInput.Kind.XLSX, Files.readAllBytes(sample), "sample.xlsx"));
        Path template = scratch.resolve("template.xlsx");
        TemplateWriter.write(template);
        seeds.add(new FuzzInput(FuzzInput.Kind.XLSX, Files.readAllBytes(template), "template.xlsx"));
        List<Zip.Entry> sheets = new ArrayList<>();
        for (SheetSpec spec : BaseDataLayout.SHEETS) {
            sheets.add(new Zip.Entry(spec.name() + ".csv", SampleWorkbook.sampleCsv(spec.name()).getBytes(StandardCharsets.UTF_8)));
        }
        seeds.add(new FuzzInput(FuzzInput.Kind.CSV_FOLDER, Zip.write(sheets, true), "sample CSV folder"));
        return seeds;
    }

    /** The header and a few rows of each sheet, keeping the rows that refer to the kept projects. */
    private static List<List<String>> smallRows(String sheet, List<List<String>> rows) {
        java.util.Set<String> projects = java.util.Set.of("012001-001", "012001-002", "012001-009", "");
        List<List<String>> kept = new ArrayList<>();
        kept.add(rows.get(0));
        int limit = switch (sheet) {
            case "基本支出", "情况说明", "绩效指标" -> 6;
            default -> 3;
        };
        boolean byProject = rows.get(0).indexOf("项目编码") == 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            if ((sheet.equals("单位") || sheet.equals("上年数") || kept.size() <= limit)
                    && (!byProject || projects.contains(row.get(0)))) {
                kept.add(row);
            }
        }
        return kept;
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(c -> c.matches("[^,\"\r\n]*") ? c
                    : "\"" + c.replace("\"", "\"\"") + "\"").toList())).append('\n');
        }
        return out.toString();
    }

    private static List<FuzzInput> catalog() throws IOException {
        String full;
        try (InputStream in = Seeds.class.getResourceAsStream(CATALOG)) {
            full = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<FuzzInput> seeds = new ArrayList<>();
        seeds.add(new FuzzInput(FuzzInput.Kind.CSV, SMALL_CATALOG.getBytes(StandardCharsets.UTF_8), "small catalog.csv"));
        // The first 200 rows of the built-in catalog, not all 1,505: a stored merge of the whole
        // catalog takes about two seconds, and most mutants of it still import.
        List<List<String>> rows = Csv.parse(full).subList(0, 200);
        seeds.add(new FuzzInput(FuzzInput.Kind.CSV, csv(rows).getBytes(StandardCharsets.UTF_8), "built-in 200 rows.csv"));
        // The xlsx form of both, typed as text cells.
        seeds.add(new FuzzInput(FuzzInput.Kind.XLSX, xlsx(Csv.parse(SMALL_CATALOG)), "small catalog.xlsx"));
        seeds.add(new FuzzInput(FuzzInput.Kind.XLSX, xlsx(rows), "built-in 200 rows.xlsx"));
        return seeds;
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("科目目录");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write((OutputStream) out);
            return out.toByteArray();
        }
    }
}
