package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.testsupport.Cli;
import org.yusuan.workbench.testsupport.SampleWorkbook;
import org.yusuan.workbench.testsupport.XlsxParts;

/** Hostile and broken files through the real command line: refused (1) in Chinese, never 4, nothing written. */
class HostileFilesCliTest {

    private static final String XXE = "?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    @TempDir
    Path dir;

    @Test
    void aHostileWorkbookImportedIntoANewPathLeavesNoFile() {
        Path book = xxeWorkbook();
        Path db = dir.resolve("新预算.mv.db");

        Cli.Run run = Cli.run("import", "--db", db.toString(), book.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("工作簿「hostile.xlsx」未导入", "「hostile.xlsx」的部件", "DOCTYPE")
                .doesNotContain("Exception");
        assertThat(db).doesNotExist();
    }

    @Test
    void aCatalogWithADoctypeIsRefused() throws IOException {
        Path db = dir.resolve("budget");
        assertThat(Cli.run("sample", "--db", db.toString()).status()).isZero();

        Cli.Run run = Cli.run("catalog", "import", "--db", db.toString(), xxeWorkbook().toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("科目目录「hostile.xlsx」未导入", "DOCTYPE").doesNotContain("Exception");
    }

    @Test
    void aCatalogCsvThatIsNotUtf8IsRefusedWithItsByte() throws IOException {
        Path db = dir.resolve("budget");
        assertThat(Cli.run("sample", "--db", db.toString()).status()).isZero();
        Path csv = Files.write(dir.resolve("目录.csv"), "分类,科目编码,科目名称\n支出功能分类,204,\u516c\u5b89"
                .getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(csv);
        bytes[bytes.length - 1] = (byte) 0xFF;
        Files.write(csv, bytes);

        Cli.Run run = Cli.run("catalog", "import", "--db", db.toString(), csv.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        // 安 is three bytes; its broken sequence starts two before the end.
        assertThat(run.err()).contains("目录.csv", "UTF-8", "第 " + (bytes.length - 2) + " 个字节");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeIsRefusedInsteadOfWaitedOn() throws Exception {
        Path pipe = dir.resolve("pipe.xlsx");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Path db = dir.resolve("new.mv.db");

        Cli.Run run = Cli.run("import", "--db", db.toString(), pipe.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("「pipe.xlsx」不是普通文件");
        assertThat(db).doesNotExist();
    }

    private Path xxeWorkbook() {
        Path valid = SampleWorkbook.sample().writeXlsx(dir.resolve("valid.xlsx"));
        XlsxParts parts = XlsxParts.of(valid);
        return parts.edit(parts.sheetPart("部门"), x -> x.replaceFirst("\\?>", XXE)).write(dir.resolve("hostile.xlsx"));
    }
}
