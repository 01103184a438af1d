package org.yusuan.workbench.service;

import static org.yusuan.workbench.service.BadWorkbookMatrixTest.cell;
import static org.yusuan.workbench.service.BadWorkbookMatrixTest.errorValue;
import static org.yusuan.workbench.service.BadWorkbookMatrixTest.formulaWithoutValue;
import static org.yusuan.workbench.service.BadWorkbookMatrixTest.merge;
import static org.yusuan.workbench.service.BadWorkbookMatrixTest.parts;
import static org.yusuan.workbench.service.BadWorkbookMatrixTest.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.yusuan.workbench.exchange.workbook.BaseDataLayout;
import org.yusuan.workbench.exchange.workbook.SheetSpec;
import org.yusuan.workbench.service.BadWorkbookMatrixTest.Case;
import org.yusuan.workbench.testsupport.SampleWorkbook;

/** The cases of {@link BadWorkbookMatrixTest}, by kind. */
final class MatrixCases {

    private static final String BASIC = "基本支出";
    private static final String AMOUNT = "金额（元）";
    /** A sheet's data ends before this: the sample's rows are all well above it. */
    private static final String SHEET_END = "</sheetData>";

    private MatrixCases() {
    }

    private static Case of(String name, Function<Path, Path> make, String... expected) {
        return new Case(name, make, List.of(expected));
    }

    /** Sheets missing, renamed, or declared but absent. */
    static List<Case> sheets() {
        return List.of(
                of("基本支出 sheet missing", dir -> xlsx(dir, SampleWorkbook.sample().removeSheet(BASIC)),
                        "工作表「基本支出」：工作簿中缺少此工作表"),
                of("基本支出 sheet renamed", dir -> xlsx(dir, SampleWorkbook.sample().renameSheet(BASIC, "基本支出表")),
                        "工作表「基本支出」：工作簿中缺少此工作表"),
                of("绩效目标 sheet without a header row", dir -> xlsx(dir, SampleWorkbook.sample(), b -> {
                    var sheet = b.getSheet("绩效目标");
                    for (int r = sheet.getLastRowNum(); r >= 0; r--) {
                        if (sheet.getRow(r) != null) {
                            sheet.removeRow(sheet.getRow(r));
                        }
                    }
                }), "工作表「绩效目标」第 1 行", "表头"),
                of("a folder named .xlsx", dir -> {
                    try {
                        return java.nio.file.Files.createDirectories(dir.resolve("book.xlsx"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, "工作表「部门」：工作簿中缺少此工作表", "工作表「单位」：工作簿中缺少此工作表"),
                of("项目明细 sheet missing", dir -> xlsx(dir, SampleWorkbook.sample().removeSheet("项目明细")),
                        "工作表「项目明细」：工作簿中缺少此工作表"),
                of("基本支出 worksheet part missing",
                        dir -> parts(dir, p -> p.remove(p.sheetPart(BASIC))),
                        "「book.xlsx」已损坏", "工作表「基本支出」", "缺失"),
                of("sheet relationship missing", dir -> parts(dir, p -> p.edit("xl/_rels/workbook.xml.rels",
                                x -> x.replaceFirst("<Relationship [^>]*worksheets/sheet4.xml\"[^>]*/>", ""))),
                        "「book.xlsx」已损坏", "工作表「基本支出」"));
    }

    /** What is wrong with the file as a package: not a zip, not a spreadsheet, hostile. */
    static List<Case> packages() {
        return List.of(
                of("empty file", dir -> write(dir, "book.xlsx", new byte[0]), "「book.xlsx」", "空"),
                of("docx renamed .xlsx", dir -> write(dir, "book.xlsx", docx()), "「book.xlsx」不是 Excel 工作簿"),
                of("text file renamed .xlsx", dir -> write(dir, "book.xlsx", "单位编码,单位名称\n".getBytes(
                        StandardCharsets.UTF_8)), "「book.xlsx」不是 Excel 工作簿"),
                of("xls (Excel 97-2003)", dir -> write(dir, "book.xls", ole2()), "「book.xls」", "另存为"),
                of("missing [Content_Types].xml", dir -> parts(dir, p -> p.remove("[Content_Types].xml")),
                        "「book.xlsx」不是 Excel 工作簿", "[Content_Types].xml"),
                of("missing xl/workbook.xml", dir -> parts(dir, p -> p.remove("xl/workbook.xml")),
                        "「book.xlsx」"),
                of("truncated zip", dir -> {
                    byte[] whole = read(SampleWorkbook.sample().writeXlsx(dir.resolve("valid.xlsx")));
                    return write(dir, "book.xlsx", Arrays.copyOf(whole, whole.length * 2 / 3));
                }, "「book.xlsx」"),
                of("damaged compressed data", dir -> {
                    byte[] bytes = read(SampleWorkbook.sample().writeXlsx(dir.resolve("valid.xlsx")));
                    for (int i = bytes.length / 4; i < bytes.length / 2; i += 7) {
                        bytes[i] ^= 0x5A;
                    }
                    return write(dir, "book.xlsx", bytes);
                }, "「book.xlsx」"),
                of("a byte changed in a stored part (CRC)", dir -> {
                    Path valid = SampleWorkbook.sample().writeXlsx(dir.resolve("valid.xlsx"));
                    byte[] stored = org.yusuan.workbench.testsupport.XlsxParts.of(valid).storedBytes();
                    return write(dir, "book.xlsx", replaceAll(stored, "<v>8037500", "<v>9037500"));
                }, "「book.xlsx」已损坏：部件「xl/worksheets/sheet4.xml」"),
                of("entry path escapes", dir -> parts(dir, p -> p.put("../../evil.xml", "<x/>")),
                        "「book.xlsx」", "../../evil.xml", "不安全"),
                of("zip bomb (ratio)", dir -> parts(dir, p -> p.put("xl/media/bomb.bin", new byte[20 << 20])),
                        "「book.xlsx」", "xl/media/bomb.bin", "压缩比"),
                of("too many parts", dir -> parts(dir, p -> {
                    for (int i = 0; i < 1001; i++) {
                        p.put("xl/media/image" + i + ".png", new byte[] {1});
                    }
                    return p;
                }), "「book.xlsx」", "1000"),
                of("same part twice", dir -> {
                    // ZipOutputStream refuses a name twice: write another name of the same length, then rename.
                    Path book = parts(dir, p -> p.put("xl/worksheets/sheetX.xml", p.text(p.sheetPart(BASIC))));
                    return write(dir, "book.xlsx", replaceAll(read(book), "sheetX.xml", "sheet4.xml"));
                }, "「book.xlsx」", "两次"),
                of("XXE in a sheet", dir -> parts(dir, p -> p.edit(p.sheetPart(BASIC), x -> x.replaceFirst("\\?>",
                                "?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"))),
                        "「book.xlsx」", "DOCTYPE"),
                of("billion laughs in the shared strings", dir -> parts(dir, p -> p.edit("xl/sharedStrings.xml",
                                x -> x.replaceFirst("\\?>", "?>" + LAUGHS))),
                        "「book.xlsx」", "DOCTYPE"),
                of("malformed sheet XML", dir -> parts(dir, p -> p.edit(p.sheetPart(BASIC),
                                x -> x.substring(0, x.length() / 2))),
                        "「book.xlsx」", "XML"));
    }

    /** Cells that cannot be taken at their word. */
    static List<Case> cells() {
        String staff = "人员编制";
        String projects = "项目";
        String goods = "政府采购货物（元）";
        return List.of(
                of("formula without cached value in 编制数", dir -> xlsx(dir, SampleWorkbook.sample(),
                                b -> formulaWithoutValue(b, staff, 2, "编制数")),
                        "工作表「人员编制」第 2 行「编制数」", cell(staff, 2, "编制数"), "公式"),
                of("#N/A in an optional amount", dir -> xlsx(dir, SampleWorkbook.sample(),
                                b -> errorValue(b, projects, 2, goods, FormulaError.NA)),
                        "工作表「项目」第 2 行「政府采购货物（元）」", cell(projects, 2, goods), "#N/A"),
                of("#DIV/0! in 金额（元）", dir -> xlsx(dir, SampleWorkbook.sample(),
                                b -> errorValue(b, BASIC, 3, AMOUNT, FormulaError.DIV0)),
                        "工作表「基本支出」第 3 行「金额（元）」", "#DIV/0!"),
                of("资金年度 merged over two rows", dir -> xlsx(dir, SampleWorkbook.sample()
                                        .set(BASIC, 2, "资金年度", "上年结转"),
                                b -> merge(b, BASIC, 2, 3, "资金年度")),
                        "工作表「基本支出」第 2 行", "合并单元格", cell(BASIC, 2, "资金年度") + ":" + cell(BASIC, 3, "资金年度")),
                of("two 金额（元） columns", dir -> xlsx(dir, SampleWorkbook.sample(), b -> {
                    var sheet = b.getSheet(BASIC);
                    sheet.getRow(0).createCell(9).setCellValue(AMOUNT);
                    sheet.getRow(1).createCell(9).setCellValue(1.00);
                }), "工作表「基本支出」第 1 行「金额（元）」", "两次"),
                of("value under no header", dir -> xlsx(dir, SampleWorkbook.sample(),
                                b -> b.getSheet(BASIC).getRow(1).createCell(12).setCellValue("孤立")),
                        "工作表「基本支出」第 2 行", "M2", "列名"),
                of("text in a numeric cell", dir -> parts(dir, p -> p.edit(p.sheetPart(BASIC),
                                x -> x.replaceFirst("(<c r=\"F2\"[^>]*><v>)[^<]*", "$1abc"))),
                        "工作表「基本支出」第 2 行「金额（元）」", "F2", "abc"),
                of("cell reference A-1", dir -> parts(dir, p -> p.edit(p.sheetPart(BASIC),
                                x -> x.replaceFirst("r=\"A2\"", "r=\"A-1\""))),
                        "工作表「基本支出」", "A-1"),
                of("shared string out of range", dir -> parts(dir, p -> p.edit(p.sheetPart(BASIC),
                                x -> x.replaceFirst("(<c r=\"A2\"[^>]*t=\"s\"[^>]*><v>)[^<]*", "$199999"))),
                        "工作表「基本支出」第 2 行「单位编码」", "A2"),
                of("row numbered 99999999", dir -> parts(dir, p -> p.edit(p.sheetPart(BASIC), x -> x.replace(SHEET_END,
                                "<row r=\"99999999\"><c r=\"A99999999\" t=\"inlineStr\"><is><t>012001</t></is></c></row>"
                                        + SHEET_END))),
                        "工作表「基本支出」第 99999999 行", "100000"),
                of("100 001 data rows", dir -> parts(dir, p -> p.edit(p.sheetPart(BASIC),
                                x -> x.replace(SHEET_END, manyRows(100, 100_102) + SHEET_END))),
                        "工作表「基本支出」第 100002 行", "100000"),
                of("value beyond the last column", dir -> parts(dir, p -> p.edit(p.sheetPart(BASIC),
                                x -> x.replaceFirst("</row>",
                                        "<c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"))),
                        "工作表「基本支出」第 1 行", "XFD1", "256"));
    }

    /** Names and lengths. */
    static List<Case> texts() {
        String units = "单位";
        return List.of(
                // Excel writes a character XML cannot hold as _xHHHH_ (POI would write "?").
                of("control character in a unit name", dir -> parts(dir, p -> p.edit("xl/sharedStrings.xml",
                                x -> x.replaceFirst("<t>长治市公安局上党分局</t>", "<t>长治市公安局_x0007_上党分局</t>"))),
                        "工作表「单位」第 2 行「单位名称」", "控制字符", "U+0007"),
                of("emoji unit name at the limit", dir -> xlsx(dir, SampleWorkbook.sample()
                                .set(units, 2, "单位名称", "\uD83D\uDE00".repeat(200))),
                        "工作表「单位」第 2 行「单位名称」", "200"),
                of("CJK Extension B project name at the limit", dir -> xlsx(dir, SampleWorkbook.sample()
                                .set("项目", 2, "项目名称", "\uD840\uDC00".repeat(300))),
                        "工作表「项目」第 2 行「项目名称」", "300"),
                of("name one character over the limit", dir -> xlsx(dir, SampleWorkbook.sample()
                                .set(units, 2, "单位名称", "名".repeat(201))),
                        "工作表「单位」第 2 行「单位名称」", "最多 200 个字"));
    }

    /** A folder of CSV sheets: the same limits and refusals. */
    static List<Case> csvFolders() {
        return List.of(
                of("CSV folder without 基本支出.csv", dir -> csv(dir, BASIC, null), "工作表「基本支出」：工作簿中缺少此工作表"),
                of("CSV sheet not UTF-8", dir -> csv(dir, "项目", new byte[] {(byte) 0xC4, (byte) 0xE3, 0x0A}),
                        "工作表「项目」", "UTF-8"),
                of("CSV sheet of 100 001 data rows", dir -> csv(dir, BASIC, (SampleWorkbook.sampleCsv(BASIC)
                                + "012001,2040201,30101,,一般公共预算拨款,1.00,,本年\n".repeat(100_001))
                                .getBytes(StandardCharsets.UTF_8)),
                        "工作表「基本支出」", "100000"),
                of("CSV duplicate header", dir -> csv(dir, "上年数", "项目,项目\n收入总计,1\n".getBytes(
                        StandardCharsets.UTF_8)), "工作表「上年数」第 1 行「项目」", "两次"));
    }

    // ---- builders ----

    private static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    /** Rows {@code from}..{@code to} holding one inline string each. */
    static String manyRows(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int r = from; r <= to; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
                    .append("\" t=\"inlineStr\"><is><t>012001</t></is></c></row>");
        }
        return rows.toString();
    }

    /** The sample as a CSV folder, with one sheet replaced ({@code bytes}) or left out (null). */
    private static Path csv(Path dir, String sheet, byte[] bytes) {
        Path folder = dir.resolve("book");
        try {
            Files.createDirectories(folder);
            for (SheetSpec spec : BaseDataLayout.SHEETS) {
                Path file = folder.resolve(spec.name() + ".csv");
                if (!spec.name().equals(sheet)) {
                    Files.writeString(file, SampleWorkbook.sampleCsv(spec.name()), StandardCharsets.UTF_8);
                } else if (bytes != null) {
                    Files.write(file, bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static byte[] docx() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"urn:w\"/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** The start of an OLE2 compound file (what .xls files are), then nothing sensible. */
    private static byte[] ole2() {
        byte[] bytes = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static byte[] replaceAll(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + f.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, bytes, i, t.length);
            }
        }
        return bytes;
    }

    private static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
