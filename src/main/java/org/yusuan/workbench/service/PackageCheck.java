package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.exchange.submission.PackageReader;
import org.yusuan.workbench.exchange.submission.PackageRefusal;
import org.yusuan.workbench.exchange.submission.VerifiedPackage;

/**
 * The verdict on a submission package, for the front ends: either the one sentence that refuses it, or
 * what it holds. Front ends do not see the package format's own types.
 *
 * @param refusal  why the package is refused; null when it passed every check
 * @param contents what an accepted package holds; null when refused
 */
public record PackageCheck(String refusal, Contents contents) {

    /** An accepted package: its descriptor, signer and entries, and the budget rebuilt from it. */
    public record Contents(int formatVersion, String programVersion, String created, UUID packageId, UUID replaces,
                           int budgetYear, String divisionCode, String departmentCode, String departmentName,
                           String stage, int catalogYear, String catalogSha256, long errors, long warnings,
                           long notices, long explainedFindings, String signerFingerprint, String manifestSha256,
                           SortedMap<String, Integer> entries, boolean hasBooklet, Budget budget,
                           ChartOfAccounts chart) {
    }

    public boolean accepted() {
        return refusal == null;
    }

    /**
     * @param registeredSigner the fingerprint registered for the department, if any; another signer is refused
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    static PackageCheck of(Path file, Optional<String> registeredSigner) throws IOException {
        try {
            return new PackageCheck(null, contents(PackageReader.verify(file, registeredSigner)));
        } catch (PackageRefusal refusal) {
            return new PackageCheck(refusal.getMessage(), null);
        }
    }

    private static Contents contents(VerifiedPackage p) {
        var d = p.descriptor();
        long explained = p.findings().stream().filter(f -> f.explanation() != null).count();
        return new Contents(d.formatVersion(), d.programVersion(), d.created(), d.packageId(), d.replaces(),
                d.budgetYear(), d.divisionCode(), d.departmentCode(), d.departmentName(), d.stage().label(),
                d.catalogYear(), d.catalogSha256(), d.errors(), d.warnings(), d.notices(), explained,
                p.signerFingerprint(), p.manifestSha256(), p.entrySizes(), p.bookletPdf().isPresent(), p.budget(),
                p.chart());
    }
}
