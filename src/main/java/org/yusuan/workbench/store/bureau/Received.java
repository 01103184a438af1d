package org.yusuan.workbench.store.bureau;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.bureau.ReceivedFinding;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;

/**
 * A verified package on its way into the store: the file as received, what it says about itself, the
 * budget and chart read from it, and the bureau's own audit of that budget.
 *
 * @param stage          the stage's label (一上, 二上, 调整)
 * @param created        when the unit made the package, as its descriptor says
 * @param chartKey       {@link BureauRegister#chartKey} of the chart
 * @param differingCells cells of the 13 tables where the unit's figures differ from the bureau's derivation
 */
public record Received(String fileName, byte[] content, String sha256, UUID packageId, UUID replaces,
                       String divisionCode, String stage, String signer, String created, Instant receivedAt,
                       Budget budget, ChartOfAccounts chart, String chartKey, List<ReceivedFinding> findings,
                       int differingCells) {

    public Received {
        content = content.clone();
        findings = List.copyOf(findings);
    }

    public String departmentCode() {
        return budget.department().code();
    }

    int count(String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }
}
