package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.List;

/**
 * No 国有资产 entered at all: 十一、国有资产占有使用情况 then has no sentence (each of its parts is
 * printed only from entered figures, never as 0辆 or 0.00万元), and this notice says why.
 */
final class StateAssetsRule implements AuditRule {

    @Override
    public String id() {
        return "D.assets";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return context.budget().stateAssets().isEmpty()
                ? List.of(finding(TEXTS.get("rule.D.assets.message"), RecordRef.department())) : List.of();
    }
}
