package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.sheet.CsvWorkbook;
import org.yusuan.workbench.exchange.sheet.WorkbookSource;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;
import org.yusuan.workbench.exchange.workbook.TemplateWriter;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.text.Texts;

/**
 * The one door to budget files for both front ends: whatever the workstation or the command line
 * does to a file — open it, create it (with the sample, from a workbook, or started empty), read an
 * outside workbook into it — goes through here, and the file's rules (identified before written
 * to, created whole, upgraded on a copy: docs/architecture.md, "A budget file") are kept below it
 * in {@code store}. Constructed rather than static so a front end holds one and a test can too.
 */
public final class BudgetFiles {

    /** The service's bundle: its sentences reach the user through either front end. */
    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /** Whether {@code file} (with or without {@code .mv.db}) exists. */
    public boolean exists(Path file) {
        return BudgetDatabase.exists(file);
    }

    /** The file's full name as it is on disk ({@code .mv.db} added), for messages. */
    public Path onDisk(Path file) {
        return BudgetDatabase.normalize(file);
    }

    /**
     * Opens a budget file, creating an empty one when it does not exist.
     *
     * @throws org.yusuan.workbench.domain.input.BudgetFileException (a runtime exception with a message
     *         for the user) when the file is not this program's, is newer, damaged or in use
     */
    public BudgetFile open(Path file) {
        return new BudgetFile(BudgetDatabase.open(file));
    }

    /**
     * Opens {@code file} with a budget in it: a file that does not exist is created whole holding
     * the shipped sample, and an existing file without a budget gets the sample (the workstation's
     * first start).
     */
    public BudgetFile openWithSample(Path file) {
        if (!exists(file)) {
            createWithSample(file);
        }
        BudgetFile opened = open(file);
        try {
            if (opened.budget().isEmpty()) {
                opened.putSample();
            }
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** Creates {@code file} whole, holding the shipped sample. */
    public void createWithSample(Path file) {
        NewBudgetFile.withSample(file);
    }

    /**
     * Creates {@code file} whole from a base-data workbook (xlsx, or a folder of CSV sheets).
     *
     * @return the problems that refused it; then no file was created
     */
    public List<ImportProblem> createByImport(Path file, Path book) throws IOException {
        return NewBudgetFile.byImport(file, readBook(book));
    }

    /** Creates {@code file} whole with a department and its 本级 unit; @return the problems that refused it */
    public List<ImportProblem> createStarted(Path file, NewBudget.Start start) {
        return NewBudgetFile.started(file, start);
    }

    /**
     * 新建下一年度预算: creates {@code to} whole, holding the year after the budget in {@code from},
     * which is only read (opened read-only, never changed).
     *
     * @return what was carried, left out, moved to the new catalog or left for the accountant to recode
     * @throws org.yusuan.workbench.domain.input.BudgetFileException with a sentence for the user when
     *         {@code to} exists or {@code from} cannot be read or holds no budget; then no file was created
     */
    public NextYearReport createNextYear(Path from, Path to) {
        return NextYear.create(from, to);
    }

    /** As {@link #createStarted(Path, NewBudget.Start)}, its wording the shipped {@code variant} (单位预算 for one unit). */
    public List<ImportProblem> createStarted(Path file, NewBudget.Start start,
                                             org.yusuan.workbench.service.wording.WordingTemplates.Variant variant) {
        return NewBudgetFile.started(file, start, variant);
    }

    /** Writes the blank base-data workbook a unit fills in. */
    public void writeTemplate(Path out) throws IOException {
        TemplateWriter.write(out);
    }

    /**
     * Verifies a submission package (文件 → 导出报送数据包 writes them): intact, signed, within limits, of a
     * known format, and — when {@code registeredSigner} is given — signed by that key.
     *
     * @throws IOException when the file cannot be read at all
     */
    public PackageCheck verifyPackage(Path pkg, java.util.Optional<String> registeredSigner) throws IOException {
        if (!Files.exists(pkg)) {
            throw new IOException(TEXTS.get("package.missing", pkg));
        }
        return PackageCheck.of(pkg, registeredSigner);
    }

    /** A base-data workbook from a path, whatever its form: an xlsx file or a folder of CSV sheets. */
    static WorkbookSource readBook(Path book) throws IOException {
        if (!Files.exists(book)) {
            throw new IOException(TEXTS.get("workbook.missing", book));
        }
        return Files.isDirectory(book) ? CsvWorkbook.inFolder(book) : XlsxWorkbook.read(book);
    }
}
