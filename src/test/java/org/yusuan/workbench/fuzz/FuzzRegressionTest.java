package org.yusuan.workbench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.workbench.service.SampleBudget;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.testsupport.Cli;

/**
 * Every input the fuzzer found failing, minimised, under {@code src/test/resources/fuzz/regressions/}
 * ({@code workbook/} for {@code yusuan import}: an xlsx or a folder of CSV sheets; {@code catalog/}
 * for {@code yusuan catalog import}), run through the real command line over a budget file holding
 * the sample. Each must give exit status 0, or 1 with every problem in Chinese and the file as it
 * was: the same budget, catalog, {@code info} and {@code tables}. Imported into a new file, a
 * refused one must leave no file. Each command runs on its own thread and is stopped after 30 s
 * (the limit), so that an input that still hangs fails its test instead of the build.
 */
class FuzzRegressionTest {

    private static final long LIMIT_MILLIS = 30_000;

    @TempDir
    static Path shared;
    static Path sampleFile;

    @TempDir
    Path dir;

    @BeforeAll
    static void sampleOnce() {
        sampleFile = shared.resolve("sample.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(sampleFile)) {
            SampleBudget.createIn(db);
        }
    }

    static Stream<String> regressions() throws IOException, URISyntaxException {
        Path root = Path.of(FuzzRegressionTest.class.getResource("/fuzz/regressions").toURI());
        return Stream.of("workbook", "catalog").flatMap(target -> {
            try (Stream<Path> files = Files.list(root.resolve(target))) {
                return files.map(f -> target + "/" + f.getFileName()).sorted().toList().stream();
            } catch (IOException e) {
                return Stream.empty();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void importsWholeOrIsRefusedInChineseLeavingTheFileAsItWas(String name) throws Exception {
        Path input = Path.of(FuzzRegressionTest.class.getResource("/fuzz/regressions/" + name).toURI());
        Path db = dir.resolve("budget.mv.db");
        Files.copy(sampleFile, db);
        Fingerprint before;
        try (BudgetDatabase open = BudgetDatabase.open(db)) {
            before = Fingerprint.full(open);
        }

        Cli.Run run = name.startsWith("catalog/")
                ? limited("catalog", "import", "--db", db.toString(), input.toString())
                : limited("import", "--db", db.toString(), input.toString());

        assertThat(run.status()).as("%s: exit status; stderr:\n%s", name, run.err()).isIn(0, 1);
        try (BudgetDatabase open = BudgetDatabase.open(db)) {
            Fingerprint after = Fingerprint.full(open);
            if (run.status() == 1) {
                assertRefusedInChinese(run);
                assertThat(before.difference(after)).as("budget file after a refusal").isEmpty();
                assertThat(after.sameData(before)).isTrue();
            }
        }
        if (name.startsWith("workbook/")) {
            Path fresh = dir.resolve("new").resolve("budget.mv.db");
            Files.createDirectories(fresh.getParent());
            Cli.Run intoNew = limited("import", "--db", fresh.toString(), input.toString());
            assertThat(intoNew.status()).as("%s: exit status into a new file; stderr:\n%s", name, intoNew.err()).isIn(0, 1);
            if (intoNew.status() == 1) {
                assertRefusedInChinese(intoNew);
                try (Stream<Path> left = Files.list(fresh.getParent())) {
                    assertThat(left).as("files left by a refused import into a new file").isEmpty();
                }
            }
        }
    }

    /** {@link Cli#run} within the time limit; a runaway command is stopped (Thread.stop, Java 17). */
    @SuppressWarnings({"deprecation", "removal"})
    private static Cli.Run limited(String... args) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Cli.Run> result = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(Cli.run(args));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "fuzz-regression");
        t.setDaemon(true);
        t.start();
        t.join(LIMIT_MILLIS);
        if (t.isAlive()) {
            t.interrupt();
            t.join(2000);
            if (t.isAlive()) {
                t.stop();
            }
            throw new AssertionError("yusuan " + String.join(" ", args) + " ran over " + LIMIT_MILLIS / 1000 + " s");
        }
        if (thrown.get() != null) {
            throw new AssertionError("yusuan " + String.join(" ", args) + " threw out of the command line", thrown.get());
        }
        return result.get();
    }

    private static void assertRefusedInChinese(Cli.Run run) {
        assertThat(run.err()).contains("未导入").doesNotContain("程序内部错误");
        // The first line is the program's own summary; every further line is one problem.
        run.err().lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
            String reason = line.contains("：") ? line.substring(line.indexOf('：') + 1) : line;
            assertThat(Harness.chinese(reason)).as("reason in Chinese: %s", line).isTrue();
        });
    }
}
