package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.testsupport.Cli;

/** {@code yusuan forms}, run through the real entry point on a real budget file. */
class FormsCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheSampleFormsToAPdfOfTwentyEightPages() throws IOException {
        Path db = dir.resolve("sample");
        assertThat(Cli.run("sample", "--db", db.toString()).status()).isZero();
        Path pdf = dir.resolve("绩效目标申报表.pdf");

        Cli.Run forms = Cli.run("forms", "--db", db.toString(), "--out", pdf.toString());

        assertThat(forms.status()).as(forms.err()).isZero();
        assertThat(forms.err()).isEmpty();
        assertThat(forms.out()).contains("已写出绩效目标申报表 28 张，共 28 页", "绩效目标申报表.pdf");
        try (PdfDocument read = new PdfDocument(new PdfReader(pdf.toFile()))) {
            assertThat(read.getNumberOfPages()).isEqualTo(28);
        }
        // Written beside the target and moved into place: no partial file is left behind.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aPdfThatCannotBeWrittenExitsWithThreeAndSaysWhy() {
        Path db = dir.resolve("sample");
        assertThat(Cli.run("sample", "--db", db.toString()).status()).isZero();
        Path nowhere = dir.resolve("没有这个文件夹").resolve("forms.pdf");

        Cli.Run forms = Cli.run("forms", "--db", db.toString(), "--out", nowhere.toString());

        assertThat(forms.status()).isEqualTo(3);
        assertThat(forms.err()).contains("无法写入文件", "forms.pdf", "所在文件夹不存在");
        assertThat(forms.out()).isEmpty();
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void aFolderIsNotReplacedByThePdf() throws IOException {
        Path db = dir.resolve("sample");
        assertThat(Cli.run("sample", "--db", db.toString()).status()).isZero();
        Path folder = Files.createDirectory(dir.resolve("forms.pdf"));

        Cli.Run forms = Cli.run("forms", "--db", db.toString(), "--out", folder.toString());

        assertThat(forms.status()).isEqualTo(3);
        assertThat(forms.err()).contains("无法写入文件", "这是一个文件夹，不是文件");
        assertThat(folder).isDirectory();
    }

    @Test
    void aMissingBudgetFileExitsWithThreeAndWritesNoPdf() {
        Path pdf = dir.resolve("forms.pdf");

        Cli.Run forms = Cli.run("forms", "--db", dir.resolve("nowhere").toString(), "--out", pdf.toString());

        assertThat(forms.status()).isEqualTo(3);
        assertThat(forms.err()).contains("找不到预算文件");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void withoutOutItIsAUsageError() {
        Cli.Run forms = Cli.run("forms", "--db", dir.resolve("x").toString());

        assertThat(forms.status()).isEqualTo(2);
        assertThat(forms.err()).contains("--out");
    }
}
