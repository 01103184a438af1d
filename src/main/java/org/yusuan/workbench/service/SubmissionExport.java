package org.yusuan.workbench.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.yusuan.workbench.audit.Audit;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.RecordRef;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.exchange.submission.PackageLayout;
import org.yusuan.workbench.exchange.submission.PackageWriter;
import org.yusuan.workbench.exchange.submission.Stage;
import org.yusuan.workbench.exchange.submission.Submission;
import org.yusuan.workbench.exchange.submission.Submission.DerivedCell;
import org.yusuan.workbench.exchange.submission.Submission.FindingLine;
import org.yusuan.workbench.report.booklet.BookletWriter;
import org.yusuan.workbench.report.forms.BookletForms;
import org.yusuan.workbench.report.submission.CoverLetter;
import org.yusuan.workbench.text.Texts;

/**
 * 导出报送数据包: fills a package from a budget — its tables as derived here, its audit with the unit's
 * explanations, optionally the booklet — signs it with the installation's key and writes it whole
 * ({@link OutputFiles}). A budget with audit errors is exported only when the caller says so
 * explicitly ({@link Options#acceptErrors}); the errors then travel inside the package.
 */
public final class SubmissionExport {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /**
     * The 报送函's file name after the package's own name: the letter is a Chinese document, printed and
     * stamped, in either interface language, so its name is Chinese too and is where the front ends find it.
     */
    private static final String COVER_LETTER_SUFFIX = "-报送函.pdf";

    /**
     * @param explanations 出错说明 given for this export by {@link #placeKey(Finding)} (the command line's
     *                     file); they take precedence over those kept in the budget file, which are by
     *                     {@link #findingKey(Finding)}; findings without one travel without
     */
    public record Options(String stage, String divisionCode, UUID replaces, boolean withBooklet,
                          boolean acceptErrors, Map<String, String> explanations) {

        public Options {
            if (Labelled.fromLabel(Stage.class, stage).isEmpty()) {
                throw new IllegalArgumentException(TEXTS.get("package.unknownStage", stage,
                        Labelled.choices(Stage.class)));
            }
            divisionCode = divisionCode == null ? "" : divisionCode.strip();
            if (!Department.isDivisionCode(divisionCode)) {
                throw new IllegalArgumentException(TEXTS.get("package.badDivision", divisionCode));
            }
            explanations = Map.copyOf(explanations);
        }

        public static Options of(String stage) {
            return new Options(stage, "", null, false, false, Map.of());
        }
    }

    /** The stages a package may be for (一上, 二上, 调整), for a front end's choices. */
    public static List<String> stages() {
        return java.util.Arrays.stream(Stage.values()).map(Stage::label).toList();
    }

    /** What was written: what the cover letter prints and the front ends report. */
    public record Exported(UUID packageId, int entries, String manifestSha256, String signerFingerprint,
                           Path coverLetter) {
    }

    /** The 报送函 beside the package: {@code 上党分局-2023-一上.yspkg} → {@code 上党分局-2023-一上-报送函.pdf}. */
    public static Path coverLetterOf(Path pkg) {
        String name = pkg.getFileName().toString();
        String base = name.endsWith(PackageLayout.EXTENSION)
                ? name.substring(0, name.length() - PackageLayout.EXTENSION.length()) : name;
        return pkg.resolveSibling(base + COVER_LETTER_SUFFIX);
    }

    /** The steps a front end can show; reported in this order. */
    public enum Step { AUDIT, TABLES, BOOKLET, SIGN, WRITE, COVER_LETTER }

    /**
     * @param written empty when nothing was written because the audit found errors and they were not accepted
     */
    public record Outcome(AuditReport audit, Optional<Exported> written) {
    }

    private SubmissionExport() {
    }

    /**
     * How the budget file keeps a finding's 出错说明 and the bureau finds it again: its rule and the record
     * it is about, by identifiers, whatever the interface language.
     */
    public static String findingKey(Finding finding) {
        return findingKey(finding.ruleId(), finding.ref());
    }

    public static String findingKey(String ruleId, RecordRef ref) {
        return ruleId + "@" + ref.key();
    }

    /** How {@link Options#explanations} names a finding: its rule and its 位置 as the audit's CSV prints it. */
    public static String placeKey(Finding finding) {
        return finding.ruleId() + "@" + finding.ref().describe();
    }

    public static Outcome export(Budget budget, ChartOfAccounts chart, Path target, Options options,
                                 SigningKeys keys, Clock clock, Consumer<Step> progress) throws IOException {
        return export(budget, chart, Wording.NONE, Map.of(), target, options, keys, clock, progress);
    }

    /**
     * As above, with what the budget file adds: the attached booklet in the file's {@code wording} (文本与标题)
     * and the 出错说明 {@code kept} in it, by {@link #findingKey(Finding)}.
     */
    public static Outcome export(Budget budget, ChartOfAccounts chart, Wording wording, Map<String, String> kept,
                                 Path target, Options options, SigningKeys keys, Clock clock, Consumer<Step> progress)
            throws IOException {
        progress.accept(Step.AUDIT);
        AuditReport audit = Audit.standard(UserWordList.load()).run(budget, chart);
        if (audit.hasErrors() && !options.acceptErrors()) {
            return new Outcome(audit, Optional.empty());
        }
        progress.accept(Step.TABLES);
        List<DerivedCell> cells = cells(DisclosureTables.derive(budget, chart));
        byte[] booklet = null;
        if (options.withBooklet()) {
            progress.accept(Step.BOOKLET);
            var pdf = new ByteArrayOutputStream();
            BookletWriter.write(BookletExport.content(budget, chart, wording), BookletOptions.FINAL, new BookletForms(), pdf);
            booklet = pdf.toByteArray();
        }
        progress.accept(Step.SIGN);
        var keyPair = keys.loadOrCreate();
        Stage stage = Labelled.fromLabel(Stage.class, options.stage()).orElseThrow();
        var header = new Submission.Header(UUID.randomUUID(), options.replaces(), stage,
                options.divisionCode().isEmpty() ? budget.department().divisionCode() : options.divisionCode(),
                ProgramVersion.current().orElse(""),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        var submission = new Submission(header, budget, chart, cells, findings(audit, options.explanations(), kept), booklet);
        progress.accept(Step.WRITE);
        PackageWriter.Written[] written = new PackageWriter.Written[1];
        OutputFiles.replace(target, out -> written[0] = PackageWriter.write(submission, keyPair, out));
        var w = written[0];
        // The letter after the package: it states the package's hash, so it is made from what was written.
        progress.accept(Step.COVER_LETTER);
        Path letter = coverLetterOf(target);
        OutputFiles.replace(letter, out -> CoverLetter.write(facts(w, target), out));
        return new Outcome(audit, Optional.of(new Exported(w.descriptor().packageId(), w.entries(),
                w.manifestSha256(), w.signerFingerprint(), letter)));
    }

    private static CoverLetter.Facts facts(PackageWriter.Written w, Path target) {
        var d = w.descriptor();
        return new CoverLetter.Facts(d.departmentCode(), d.departmentName(), d.divisionCode(), d.budgetYear(),
                d.stage().label(), target.getFileName().toString(), d.packageId().toString(),
                d.replaces() == null ? null : d.replaces().toString(), d.created(), w.entries(), d.errors(),
                d.warnings(), d.notices(), w.manifestSha256(), w.signerFingerprint());
    }

    /** Every cell of the 13 tables, row and column counted from 1, with an amount's exact 元 sum. */
    public static List<DerivedCell> cells(List<DisclosureTable> tables) {
        List<DerivedCell> cells = new ArrayList<>();
        for (DisclosureTable t : tables) {
            for (int r = 0; r < t.rows().size(); r++) {
                TableRow row = t.rows().get(r);
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cell(c);
                    cells.add(new DerivedCell(t.number(), r + 1, row.kind().name(), row.code(), c + 1, cell.printed(),
                            cell instanceof Cell.Amount a ? a.exact() : null));
                }
            }
        }
        return cells;
    }

    private static List<FindingLine> findings(AuditReport audit, Map<String, String> given, Map<String, String> kept) {
        return audit.findings().stream().map(f -> {
            var r = f.ref();
            String explanation = given.getOrDefault(placeKey(f), kept.get(findingKey(f)));
            return new FindingLine(f.severity().name(), f.ruleId(), f.title(), f.message(), r.describe(),
                    r.kind().name(), r.unitCode(), r.projectCode(), r.index(), r.tableNumber(), r.rowCode(),
                    explanation);
        }).toList();
    }
}
