package org.yusuan.workbench.audit;

import java.util.List;
import java.util.Set;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * The 二级 a form of each framework must fill (docs/forms.md): a group is satisfied by at least one
 * indicator under one of its 二级. Derived from the framework skeleton, which is data, since the
 * guidance moves levels between years (2021: 成本指标 becomes a 一级 with 经济/社会/生态环境成本).
 */
final class IndicatorSkeleton {

    /** One required group: under {@code level1}, at least one indicator in one of {@code level2}. */
    record Group(String level1, Set<String> level2, boolean cost) {

        boolean filledIn(PerformanceForm form) {
            return form.indicators().stream().anyMatch(i -> i.level1().strip().equals(level1)
                    && level2.contains(i.level2().strip()) && !i.name().isBlank());
        }

        /** "产出指标—成本指标" or "效益指标—经济效益指标/社会效益指标/…". */
        String label() {
            return level1 + "—" + String.join("/", level2.stream().sorted().toList());
        }

        /** Is this indicator (by its levels) one of this group's? */
        boolean covers(String l1, String l2) {
            return level1.equals(l1.strip()) && level2.contains(l2.strip());
        }
    }

    private IndicatorSkeleton() {
    }

    /**
     * The groups a form must fill, read off the framework's skeleton (domain data): every 二级 of a
     * "每项" 一级 is a group of its own, a "任一" 一级 is one group of all its 二级. The cost group is
     * the one named 成本.
     */
    static List<Group> required(IndicatorFramework framework) {
        List<Group> groups = new java.util.ArrayList<>();
        for (var branch : org.yusuan.workbench.domain.performance.IndicatorSkeleton.of(framework).branches()) {
            if (branch.anyOne()) {
                groups.add(new Group(branch.level1(), Set.copyOf(branch.level2()), branch.level1().contains("成本")));
            } else {
                branch.level2().forEach(l2 -> groups.add(new Group(branch.level1(), Set.of(l2), l2.contains("成本"))));
            }
        }
        return groups;
    }

    static Group costGroup(IndicatorFramework framework) {
        return required(framework).stream().filter(Group::cost).findFirst().orElseThrow();
    }
}
