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
    public String title() {
        return "印刷尾差";
    }

    @Override
    public String description() {
        return "按元精确相等、但印刷的万元数相加差 0.01 之类的尾差：每格按元合计后各自四舍五入所致，不是错误，仅作说明。";
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
            return finding("表" + e.getKey() + " 有 " + e.getValue().size() + " 处印刷尾差，例如" + first.description()
                    + "：印刷数 " + first.printedSum() + "（相差 " + first.printedDifference().abs().toPlainString()
                    + "万元），按元计算则完全相等。每格按元合计后各自四舍五入到万元两位小数，尾差不是错误。", first.ref());
        }).toList();
    }
}
