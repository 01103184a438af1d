package org.yusuan.workbench.audit;

import java.util.List;

/**
 * A family of identities between derived table cells. With correct data they always hold: the
 * rules guard the derivation engine (and a ledger kept current by incremental edits) rather than
 * the accountant, so a failure is an ERROR. Cheap: a pass over already derived rows.
 */
abstract class TableIdentityRule implements AuditRule {

    /** The identities of this family over the derived tables. */
    abstract List<TableIdentity> identities(AuditContext context);

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return identities(context).stream().filter(i -> !i.holdsExactly())
                .map(i -> finding(AuditTexts.TEXTS.get("identity.broken", AuditTexts.n(i.table()), i.description(),
                        i.exactSum(), i.exactDifference().format()), i.ref()))
                .toList();
    }
}
