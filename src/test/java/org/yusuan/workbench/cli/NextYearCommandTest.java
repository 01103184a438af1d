package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code yusuan next-year} through the real entry point, on real budget files. */
class NextYearCommandTest {

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = YusuanCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleBecomesNextYearsBudgetAndLastYearsFileStaysAsItWas() throws IOException {
        Path old = folder.resolve("2023.mv.db");
        assertThat(run("sample", "--db", old.toString()).status()).isZero();
        String before = sha256(old);

        Run next = run("next-year", "--from", old.toString(), "--db", folder.resolve("2024").toString());

        assertThat(next.status()).as(next.err()).isZero();
        assertThat(sha256(old)).isEqualTo(before);
        assertThat(next.out()).contains("新建 2024 年度预算", "上年数已按 2023 年度预算", "收入总计：",
                "项目期已结束、未带入的项目 21 个", "012001-001「扫黑除恶专项经费」（一次性项目，项目期：1年）",
                "项目期无法判断是否结束、已带入请核对的项目 2 个", "程序没有 2024 年度的科目目录，沿用 2023 年度科目目录",
                "部门：012 长治市公安局上党分局（2024 年度）", "项目：2 个");
        Run info = run("info", "--db", folder.resolve("2024.mv.db").toString());
        assertThat(info.out()).contains("（2024 年度）");
        Run audit = run("narrative", "--db", folder.resolve("2024.mv.db").toString());
        assertThat(audit.status()).isZero();
    }

    @Test
    void anExistingTargetIsRefusedInChineseAndNotTouched() throws IOException {
        Path old = folder.resolve("2023.mv.db");
        run("sample", "--db", old.toString());
        Path target = folder.resolve("2024.mv.db");
        run("sample", "--db", target.toString());
        String before = sha256(target);

        Run next = run("next-year", "--from", old.toString(), "--db", target.toString());

        assertThat(next.status()).isEqualTo(YusuanCommand.FILE_ERROR);
        assertThat(next.err()).contains("新预算文件", "已经存在，未作任何改动");
        assertThat(sha256(target)).isEqualTo(before);
    }

    @Test
    void bothFilesAreRequired() {
        Run next = run("next-year", "--db", folder.resolve("2024").toString());

        assertThat(next.status()).isEqualTo(2);
        assertThat(next.err()).contains("--from");
        assertThat(folder.resolve("2024.mv.db")).doesNotExist();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
