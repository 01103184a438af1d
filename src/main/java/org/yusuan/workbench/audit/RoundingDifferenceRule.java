package org.yusuan.workbench.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 尾差: identities that hold to the 分 in 元 but not between the printed 万元 cells, because each cell
 * is rounded on its own (docs/decisions/0002-money.md; e.g. table 1 prints 9,367.60 + 522.45 beside 9,890.04). Never an
 * error: one notice per table, so a reviewer who adds up the printed figures knows why.
 */
final class RoundingDifferenceRule implements AuditRule {

    private final List<TableIdentityRule> identities;

    RoundingDifferenceRule(List<TableIdentityRule> identities) {
        this.identities = List.copyOf(identities);
    }

    @Override
    public String id() {
        return "T.rounding";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        Map<Integer, List<TableIdentity>> byTable = identities.stream()
                .flatMap(rule -> rule.identities(context).stream())
                .filter(TableIdentity::hasRoundingDifference)
                .collect(Collectors.groupingBy(TableIdentity::table, LinkedHashMap::new, Collectors.toList()));
        return byTable.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            // The identity with the fewest terms is the easiest example to follow.
            TableIdentity first = e.getValue().stream().min(Comparator.comparingInt(i -> i.parts().size())).orElseThrow();
            return finding(AuditTexts.TEXTS.get("rule.T.rounding.message", AuditTexts.n(e.getKey()),
                    AuditTexts.n(e.getValue().size()), first.description(), first.printedSum(),
                    first.printedDifference().abs().toPlainString()), first.ref());
        }).toList();
    }
}
