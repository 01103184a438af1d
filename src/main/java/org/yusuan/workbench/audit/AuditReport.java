package org.yusuan.workbench.audit;

import java.util.List;

/** The findings of one audit, sorted: 错误, then 警告, then 提示; by rule within each. */
public record AuditReport(List<Finding> findings) {

    public AuditReport {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public List<Finding> ofRule(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** A budget with errors is not ready to submit. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
