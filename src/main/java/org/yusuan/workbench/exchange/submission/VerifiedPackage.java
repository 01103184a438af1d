package org.yusuan.workbench.exchange.submission;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.exchange.submission.Submission.DerivedCell;
import org.yusuan.workbench.exchange.submission.Submission.FindingLine;

/**
 * A package that passed every check of {@link PackageReader}, with what it holds: the descriptor, the
 * signer, every entry's size, and the budget, chart, tables and findings read back from its CSV.
 *
 * @param entrySizes     path → uncompressed bytes, for every entry
 * @param manifestSha256 SHA-256 of the signed manifest, as printed on the cover letter
 */
public record VerifiedPackage(Descriptor descriptor, String signerFingerprint, String manifestSha256,
                              SortedMap<String, Integer> entrySizes, Budget budget, ChartOfAccounts chart,
                              List<DerivedCell> derived, List<FindingLine> findings, byte[] booklet) {

    public VerifiedPackage {
        entrySizes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(entrySizes));
        derived = List.copyOf(derived);
        findings = List.copyOf(findings);
    }

    public Optional<byte[]> bookletPdf() {
        return Optional.ofNullable(booklet);
    }
}
