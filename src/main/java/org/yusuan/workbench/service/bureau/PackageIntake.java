package org.yusuan.workbench.service.bureau;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.workbench.audit.Audit;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.audit.RecordKind;
import org.yusuan.workbench.audit.RecordRef;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.bureau.ReceivedFinding;
import org.yusuan.workbench.domain.bureau.RegisterEntry;
import org.yusuan.workbench.exchange.submission.PackageReader;
import org.yusuan.workbench.exchange.submission.PackageRefusal;
import org.yusuan.workbench.exchange.submission.Signatures;
import org.yusuan.workbench.exchange.submission.Submission.DerivedCell;
import org.yusuan.workbench.exchange.submission.VerifiedPackage;
import org.yusuan.workbench.service.SubmissionExport;
import org.yusuan.workbench.store.bureau.BureauRegister;
import org.yusuan.workbench.store.bureau.Received;
import org.yusuan.workbench.text.Texts;

/**
 * Receives one package into the bureau's store: verify it (the same hardened reader as `package
 * verify`), check the signer is the one registered for the department, re-run the program's own audit
 * and derivation on the received data, and only then store it in one transaction. Any refusal leaves
 * the store exactly as it was; the same file sent again changes nothing.
 */
final class PackageIntake {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");
    /** A time as the bureau's staff read it: their own clock, to the minute. */
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());
    /** Conflicting codes named in a refusal; the rest are counted. */
    private static final int CODES_SHOWN = 5;

    private final BureauRegister register;
    private final Clock clock;

    PackageIntake(BureauRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /**
     * A file read, verified, audited and derived: all the work that needs no store, so several files can
     * be prepared at once while the store takes them one by one, in the order given.
     *
     * @param refusal why the file is refused before the store is asked; null when it may go on
     */
    record Prepared(Path file, byte[] content, String sha256, VerifiedPackage verified, String chartKey,
                    List<ReceivedFinding> findings, int differingCells, String refusal) {

        static Prepared refused(Path file, String refusal) {
            return new Prepared(file, null, null, null, null, List.of(), 0, refusal);
        }
    }

    ImportOutcome receive(Path file) throws IOException {
        return commit(prepare(file));
    }

    /** Everything that does not touch the store; safe to run on several threads at once. */
    static Prepared prepare(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Prepared.refused(file, TEXTS.get("bureau.noFile", file));
        }
        long size = Files.size(file);
        if (size > PackageReader.maxFileBytes()) {
            return Prepared.refused(file, PackageReader.tooLarge(size).getMessage());
        }
        // The bytes are read once: what is verified, hashed and kept is the same, whatever the file does later.
        byte[] content = Files.readAllBytes(file);
        VerifiedPackage verified;
        try {
            verified = verifyCopy(content);
        } catch (PackageRefusal refusal) {
            return Prepared.refused(file, refusal.getMessage());
        }
        AuditReport audit = Audit.standard().run(verified.budget(), verified.chart());
        return new Prepared(file, content, Signatures.sha256(content), verified,
                BureauRegister.chartKey(verified.chart()), findings(audit, verified), differingCells(verified), null);
    }

    /** The checks against the store, then the store itself: one file at a time, in the order received. */
    ImportOutcome commit(Prepared p) {
        Path file = p.file();
        if (p.refusal() != null) {
            return ImportOutcome.refused(file, p.refusal());
        }
        VerifiedPackage verified = p.verified();
        var descriptor = verified.descriptor();
        Budget budget = verified.budget();
        String dep = descriptor.departmentCode();
        Optional<RegisterEntry> same = register.fileWithHash(p.sha256());
        if (same.isPresent()) {
            return outcome(file, ImportOutcome.Kind.ALREADY_RECEIVED, TEXTS.get("bureau.alreadyReceived",
                    same.get().fileName(), WHEN.format(same.get().receivedAt())), same.get());
        }
        // The round as the store keys it (BureauRegister.accept): the budget's year and the package's stage.
        int year = budget.department().budgetYear();
        String stage = descriptor.stage().label();
        Optional<RegisterEntry> previous = register.current(year, stage, dep);
        Optional<String> refusal = refusal(verified, dep, year, stage, previous);
        if (refusal.isPresent()) {
            return ImportOutcome.refused(file, refusal.get());
        }
        var received = new Received(file.getFileName().toString(), p.content(), p.sha256(), descriptor.packageId(),
                descriptor.replaces(), descriptor.divisionCode(), descriptor.stage().label(),
                verified.signerFingerprint(), descriptor.created(), clock.instant(), budget, verified.chart(),
                p.chartKey(), p.findings(), p.differingCells());
        register.accept(received);
        RegisterEntry stored = register.fileWithHash(p.sha256()).orElseThrow();
        return previous.isPresent()
                ? outcome(file, ImportOutcome.Kind.REPLACED, TEXTS.get("bureau.replaced", stored.depName(),
                        String.valueOf(stored.year()), stored.stage(), previous.get().fileName()), stored)
                : outcome(file, ImportOutcome.Kind.ACCEPTED, TEXTS.get("bureau.accepted", stored.depName(),
                        String.valueOf(stored.year()), stored.stage()), stored);
    }

    private static VerifiedPackage verifyCopy(byte[] content) throws IOException, PackageRefusal {
        Path copy = Files.createTempFile("yusuan-received", ".yspkg");
        try {
            Files.write(copy, content);
            return PackageReader.verify(copy, Optional.empty());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Why a verified package may still not enter this store, if it may not. */
    private Optional<String> refusal(VerifiedPackage verified, String dep, int year, String stage,
                                     Optional<RegisterEntry> current) {
        var descriptor = verified.descriptor();
        Optional<String> registered = register.trustedSigner(dep);
        if (registered.isEmpty()) {
            return Optional.of(TEXTS.get("bureau.untrusted", dep, descriptor.departmentName()));
        }
        if (!Signatures.sameFingerprint(registered.get(), verified.signerFingerprint())) {
            return Optional.of(TEXTS.get("bureau.otherSigner", verified.signerFingerprint(), dep, registered.get()));
        }
        if (register.fileWithPackageId(descriptor.packageId()).isPresent()) {
            return Optional.of(TEXTS.get("bureau.samePackageId", descriptor.packageId()));
        }
        if (current.isPresent() && isOlder(descriptor.created(), current.get().created())) {
            return Optional.of(TEXTS.get("bureau.older", descriptor.created(), current.get().fileName(),
                    current.get().created()));
        }
        Budget budget = verified.budget();
        Map<String, String> held = register.codesHeldByOthers(year, stage, dep,
                budget.units().stream().map(u -> u.code()).toList(),
                budget.projects().stream().map(Project::code).toList());
        if (!held.isEmpty()) {
            List<String> shown = held.entrySet().stream().limit(CODES_SHOWN)
                    .map(e -> TEXTS.get("bureau.codeOf", e.getKey(), e.getValue())).toList();
            return Optional.of(TEXTS.get("bureau.codesHeld", String.join(TEXTS.get("bureau.listSeparator"), shown),
                    held.size()));
        }
        return Optional.empty();
    }

    /** Whether {@code candidate} was made before {@code current}; both as the descriptors wrote them. */
    private static boolean isOlder(String candidate, String current) {
        try {
            return Instant.parse(candidate).isBefore(Instant.parse(current));
        } catch (DateTimeParseException e) {
            return candidate.compareTo(current) < 0;
        }
    }

    /** The bureau's findings, each with the unit's 出错说明 where the package has one for the same finding. */
    private static List<ReceivedFinding> findings(AuditReport audit, VerifiedPackage verified) {
        // By identifiers, not by the 位置 text: the unit may have written it in another interface language.
        Map<String, String> explanations = new HashMap<>();
        verified.findings().stream().filter(f -> f.explanation() != null).forEach(f -> recordKind(f.recordKind())
                .ifPresent(kind -> explanations.put(SubmissionExport.findingKey(f.ruleId(), new RecordRef(kind,
                        f.agencyCode(), f.projectCode(), 0, f.itemNo(), f.tableNo(), f.rowCode())), f.explanation())));
        List<ReceivedFinding> findings = new ArrayList<>();
        audit.findings().forEach(f -> findings.add(new ReceivedFinding(f.severity().name(), f.ruleId(), f.title(),
                f.message(), f.ref().describe(), explanations.get(SubmissionExport.findingKey(f)))));
        return findings;
    }

    private static Optional<RecordKind> recordKind(String name) {
        return java.util.Arrays.stream(RecordKind.values()).filter(k -> k.name().equals(name)).findFirst();
    }

    /** Cells of the 13 tables where the unit's figures differ from the bureau's derivation of its data. */
    private static int differingCells(VerifiedPackage verified) {
        Map<String, String> ours = new HashMap<>();
        for (DerivedCell c : SubmissionExport.cells(DisclosureTables.derive(verified.budget(), verified.chart()))) {
            ours.put(c.table() + "/" + c.row() + "/" + c.column(), c.printed());
        }
        int differing = 0;
        for (DerivedCell c : verified.derived()) {
            String mine = ours.remove(c.table() + "/" + c.row() + "/" + c.column());
            if (!c.printed().equals(mine)) {
                differing++;
            }
        }
        return differing + ours.size();
    }

    private static ImportOutcome outcome(Path file, ImportOutcome.Kind kind, String message, RegisterEntry e) {
        return new ImportOutcome(file, kind, message, e.depCode(), e.depName(), e.errors(), e.warnings(), e.notices(),
                e.differingCells());
    }
}
