package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.testsupport.Cli;

/**
 * Started with {@code -Dyusuan.lang=en}, the command line says everything in English: no Chinese is
 * left but the budget's own words (names of the department, units and projects, catalog names,
 * indicator levels and values, the tables' row names). {@code Texts} reads the language once per JVM,
 * so the command runs in a child JVM, as a user would start it.
 */
class EnglishOutputTest {

    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    /** The English patterns put the budget's words in curly quotes. */
    private static final Pattern QUOTED = Pattern.compile("\u201c[^\u201d]*\u201d");

    @TempDir
    Path dir;

    @Test
    void theAuditOfTheSampleIsInEnglishButForTheBudgetsOwnWords() throws Exception {
        Path file = dir.resolve("sample");
        assertThat(Cli.run("sample", "--db", file.toString()).status()).isZero();

        Run audit = english("audit", "--db", file.toString());

        assertThat(audit.status()).as(audit.err()).isEqualTo(1);
        assertThat(audit.out()).contains("Error", "Project without target form (F.missing)", "Project 012002-008");
        assertThat(leftOver(audit.out())).isEmpty();
        assertThat(leftOver(english("audit", "--db", file.toString(), "--format", "csv").out())).isEmpty();
    }

    @Test
    void theInfoOfTheSampleIsInEnglish() throws Exception {
        Path file = dir.resolve("sample");
        assertThat(Cli.run("sample", "--db", file.toString()).status()).isZero();

        Run info = english("info", "--db", file.toString());

        assertThat(info.status()).as(info.err()).isZero();
        assertThat(info.out()).contains("Units: 3", "9,890.04");
        assertThat(leftOver(info.out())).isEmpty();
    }

    @Test
    void aFileThatIsNotABudgetIsRefusedInEnglish() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mv.db"));
        Path foreign = Files.writeString(dir.resolve("foreign.mv.db"), "not an H2 database at all, just text".repeat(200));
        Path missing = dir.resolve("missing.mv.db");

        for (Path file : List.of(empty, foreign, missing)) {
            Run info = english("info", "--db", file.toString());

            assertThat(info.status()).as(file.toString()).isEqualTo(3);
            assertThat(info.err()).as(file.toString()).isNotBlank().doesNotContainPattern(CJK.pattern());
        }
    }

    @Test
    void aPackageIsExportedAndVerifiedInEnglish() throws Exception {
        Path file = dir.resolve("sample");
        assertThat(Cli.run("sample", "--db", file.toString()).status()).isZero();
        Path pkg = dir.resolve("dept.yspkg");
        // The key pair goes into the test's folder, never into the home of whoever runs the tests.
        List<String> keys = List.of("-Dyusuan.keys=" + dir.resolve("keys"));

        Run refused = english(keys, "package", "export", "--db", file.toString(), "--out", pkg.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("The budget has 1 audit error(s); nothing was exported.");
        assertThat(leftOver(refused.out() + refused.err())).isEmpty();

        Run export = english(keys, "package", "export", "--db", file.toString(), "--out", pkg.toString(),
                "--accept-errors");
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("Data package written: ", "Signing key fingerprint: ");
        // The cover letter is a Chinese document in either language, and is named as one.
        assertThat(leftOver(export.out().replace(dir.resolve("dept-报送函.pdf").toString(), ""))).isEmpty();

        Run verify = english(List.of(), "package", "verify", pkg.toString());
        assertThat(verify.status()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("The package \"dept.yspkg\" is complete and its signature is valid.",
                "Budget year: 2023  Stage: 一上", "Contents: 3 unit(s), 38 basic expenditure line(s)");
        // The stage is a value of the data format, printed as it is.
        assertThat(leftOver(verify.out().replace("一上", ""))).isEmpty();

        Path broken = Files.writeString(dir.resolve("broken.yspkg"), "not a package");
        Run refusal = english(List.of(), "package", "verify", broken.toString());
        assertThat(refusal.status()).isEqualTo(1);
        assertThat(refusal.err()).contains("is not a complete package").doesNotContainPattern(CJK.pattern());
    }

    @Test
    void theHelpIsInEnglish() throws Exception {
        for (String command : List.of("audit", "booklet", "catalog", "forms", "import", "info", "narrative",
                "sample", "tables", "template", "xlsx")) {
            Run help = english("help", command);
            assertThat(help.out()).as(command).isNotBlank().doesNotContainPattern(CJK.pattern());
        }
        assertThat(english("--help").out()).doesNotContainPattern(CJK.pattern());
    }

    /** The Chinese left in {@code output} once the budget's own words are taken out. */
    private static List<String> leftOver(String output) {
        String rest = QUOTED.matcher(output).replaceAll("");
        for (String word : budgetWords()) {
            rest = rest.replace(word, "");
        }
        return rest.lines().filter(line -> CJK.matcher(line).find()).toList();
    }

    /** Every name and text of the sample budget, its catalog and its tables; longest first. */
    private static List<String> budgetWords() {
        Budget budget = SampleFixture.budget();
        Stream<String> names = Stream.of(
                Stream.of(budget.department().name()),
                budget.units().stream().map(BudgetUnit::name),
                budget.projects().stream().map(Project::name),
                SampleFixture.CHART.allEntries().stream().map(CatalogEntry::name),
                budget.forms().stream().flatMap(f -> f.indicators().stream())
                        .flatMap(i -> Stream.of(i.level1(), i.level2(), i.name(), i.valueImplementation(), i.valueYear())),
                DisclosureTables.derive(budget, SampleFixture.CHART).stream().map(DisclosureTable::rows)
                        .flatMap(List::stream).map(TableRow::printed).flatMap(List::stream)).flatMap(s -> s);
        return names.filter(Objects::nonNull).filter(s -> !s.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private record Run(int status, String out, String err) {
    }

    /** {@code yusuan args} in a child JVM started with -Dyusuan.lang=en. */
    private static Run english(String... args) throws IOException, InterruptedException {
        return english(List.of(), args);
    }

    /** The same with more options for the child JVM ({@code -Dyusuan.keys=...}). */
    private static Run english(List<String> options, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), "-Dyusuan.lang=en"));
        command.addAll(options);
        command.add(YusuanCommand.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("yusuan-en", ".out");
        Path err = Files.createTempFile("yusuan-en", ".err");
        try {
            // To files, not pipes: the audit's output is longer than a pipe's buffer.
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
