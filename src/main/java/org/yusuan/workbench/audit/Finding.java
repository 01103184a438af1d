package org.yusuan.workbench.audit;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the audit found: which rule (its id for support, its title for the reader), how serious,
 * what (a sentence from the audit bundle that names the record and the reason) and where (the record to jump to).
 * The title is the rule's own, carried here so that every front end shows the same words.
 */
public record Finding(String ruleId, String title, Severity severity, String message, RecordRef ref) {

    /** Severity first (错误 before 警告 before 提示), then rule; the rule's own order is kept. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(ref, "ref");
    }
}
