package org.yusuan.workbench.audit;

import java.util.List;
import java.util.Set;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * The 二级 a form of each framework must fill (DOMAIN §6): a group is satisfied by at least one
 * indicator under one of its 二级. Kept as data per framework, since the guidance moves levels
 * between years (2021: 成本指标 becomes a 一级 with 经济/社会/生态环境成本).
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

    private static final Group BENEFIT = new Group("效益指标",
            Set.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"), false);
    private static final Group SATISFACTION = new Group("满意度指标", Set.of("服务对象满意度指标"), false);

    private static final List<Group> TRADITIONAL = List.of(
            new Group("产出指标", Set.of("数量指标"), false),
            new Group("产出指标", Set.of("质量指标"), false),
            new Group("产出指标", Set.of("时效指标"), false),
            new Group("产出指标", Set.of("成本指标"), true),
            BENEFIT, SATISFACTION);

    private static final List<Group> GUIDANCE_2021 = List.of(
            new Group("产出指标", Set.of("数量指标"), false),
            new Group("产出指标", Set.of("质量指标"), false),
            new Group("产出指标", Set.of("时效指标"), false),
            new Group("成本指标", Set.of("经济成本指标", "社会成本指标", "生态环境成本指标"), true),
            BENEFIT, SATISFACTION);

    private IndicatorSkeleton() {
    }

    static List<Group> required(IndicatorFramework framework) {
        return framework == IndicatorFramework.GUIDANCE_2021 ? GUIDANCE_2021 : TRADITIONAL;
    }

    static Group costGroup(IndicatorFramework framework) {
        return required(framework).stream().filter(Group::cost).findFirst().orElseThrow();
    }
}
