package org.yusuan.workbench.exchange.submission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * What goes into a package: the budget, the chart it was computed with, the 13 tables as the unit
 * computed them, the audit findings with the unit's explanations, optionally the booklet. The derived
 * parts come in as plain values because this layer does not know the engine or the audit.
 */
public record Submission(Header header, Budget budget, ChartOfAccounts chart, List<DerivedCell> derived,
                         List<FindingLine> findings, byte[] booklet) {

    /** Who and what for: the package's identity and the round it belongs to. */
    public record Header(UUID packageId, UUID replaces, Stage stage, String divisionCode, String programVersion,
                         Instant created) {
        public Header {
            Objects.requireNonNull(packageId, "packageId");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(created, "created");
            divisionCode = divisionCode == null ? "" : divisionCode;
            programVersion = programVersion == null ? "" : programVersion;
        }
    }

    /**
     * One cell of a derived table as printed (万元), with the exact 元 sum of an amount cell (null for text).
     * Rows and columns count from 1.
     */
    public record DerivedCell(int table, int row, String rowKind, String rowCode, int column, String printed,
                              Yuan exact) {
    }

    /** One audit finding; severity is the constant's name (ERROR, WARNING, NOTICE). */
    public record FindingLine(String severity, String ruleId, String title, String message, String location,
                              String recordKind, String agencyCode, String projectCode, int itemNo, int tableNo,
                              String rowCode, String explanation) {
    }

    public Submission {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(chart, "chart");
        derived = List.copyOf(derived);
        findings = List.copyOf(findings);
    }

    public Optional<byte[]> bookletPdf() {
        return Optional.ofNullable(booklet);
    }

    long count(String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).count();
    }
}
