package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.testsupport.Cli;

/** {@code yusuan booklet} and {@code yusuan xlsx} on the sample file, as a user runs them. */
class BookletCommandTest {

    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void sample() {
        db = dir.resolve("sample");
        assertThat(Cli.run("sample", "--db", db.toString()).status()).isZero();
    }

    @Test
    void bookletWritesAPdfAndSaysWhichKind() throws IOException {
        Path pdf = dir.resolve("预算公开.pdf");
        Cli.Run run = Cli.run("booklet", "--db", db.toString(), "--out", pdf.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("已生成正式版《部门预算公开》");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());

        Cli.Run draft = Cli.run("booklet", "--db", db.toString(), "--out", pdf.toString(), "--watermark", "送审稿");
        assertThat(draft.status()).as(draft.err()).isZero();
        assertThat(draft.out()).contains("已生成草稿");
    }

    @Test
    void pdfaWritesTheArchivalCopyAndIsRefusedWithADraft() throws IOException {
        Path pdf = dir.resolve("归档.pdf");
        Cli.Run run = Cli.run("booklet", "--db", db.toString(), "--out", pdf.toString(), "--pdfa");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("已生成归档版（PDF/A-2b）《部门预算公开》");
        assertThat(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)).contains("pdfaid:part");

        Path draft = dir.resolve("草稿归档.pdf");
        Cli.Run refused = Cli.run("booklet", "--db", db.toString(), "--out", draft.toString(), "--pdfa", "--draft");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("--pdfa", "不能与 --draft");
        assertThat(draft).doesNotExist();
    }

    @Test
    void xlsxWritesAWorkbook() throws IOException {
        Path xlsx = dir.resolve("tables.xlsx");
        Cli.Run run = Cli.run("xlsx", "--db", db.toString(), "--out", xlsx.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("已生成预算公开表工作簿");
        assertThat(Files.readAllBytes(xlsx)).startsWith(new byte[] {'P', 'K'});
    }

    @Test
    void anUnwritableTargetExitsWithThreeInChinese() {
        Path nowhere = dir.resolve("没有这个文件夹").resolve("b.pdf");
        Cli.Run booklet = Cli.run("booklet", "--db", db.toString(), "--out", nowhere.toString());
        assertThat(booklet.status()).isEqualTo(3);
        assertThat(booklet.err()).contains("无法写入文件", "文件夹不存在");
        Cli.Run xlsx = Cli.run("xlsx", "--db", db.toString(), "--out", nowhere.toString());
        assertThat(xlsx.status()).isEqualTo(3);
        assertThat(nowhere.getParent()).doesNotExist();
    }

    @Test
    void aFailedRunLeavesThePreviousFileAndNoLeftovers() throws IOException {
        // The target is a directory: the temporary file is written, the final move fails.
        Path occupied = Files.createDirectories(dir.resolve("occupied.pdf"));
        Files.writeString(occupied.resolve("keep.txt"), "x");
        Cli.Run run = Cli.run("booklet", "--db", db.toString(), "--out", occupied.toString());
        assertThat(run.status()).isEqualTo(3);
        assertThat(occupied.resolve("keep.txt")).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".yusuan-"));
        }
    }

    @Test
    void aMissingBudgetFileExitsWithThree() {
        Cli.Run run = Cli.run("booklet", "--db", dir.resolve("none").toString(), "--out", dir.resolve("x.pdf").toString());
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("找不到预算文件");
    }
}
