package org.yusuan.workbench.domain.performance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 一级 and 二级 indicators of a framework in print order: the rows a performance form shows
 * even where the accountant set no 三级 indicator (e.g. an empty 经济效益指标 row). The skeletons
 * are data, read from {@code indicator-skeletons.txt} beside this class, so that making frameworks
 * editable later changes where they are read from, not the forms that print them.
 */
public record IndicatorSkeleton(List<Branch> branches) {

    private static final String RESOURCE = "indicator-skeletons.txt";
    private static Map<String, IndicatorSkeleton> shipped;

    /**
     * A 一级 indicator with its 二级 indicators in order.
     *
     * @param anyOne true when one filled 二级 satisfies the whole 一级 (效益指标), false when every
     *               二级 needs at least one indicator (产出指标: 数量, 质量, 时效, 成本)
     */
    public record Branch(String level1, List<String> level2, boolean anyOne) {

        public Branch {
            Objects.requireNonNull(level1, "level1");
            level2 = List.copyOf(level2);
        }

        public Branch(String level1, List<String> level2) {
            this(level1, level2, false);
        }
    }

    public IndicatorSkeleton {
        branches = List.copyOf(branches);
    }

    /** The shipped skeleton of a framework. */
    public static IndicatorSkeleton of(IndicatorFramework framework) {
        IndicatorSkeleton skeleton = shipped().get(framework.label());
        if (skeleton == null) {
            throw new IllegalStateException(RESOURCE + " has no framework " + framework.label());
        }
        return skeleton;
    }

    private static synchronized Map<String, IndicatorSkeleton> shipped() {
        if (shipped == null) {
            shipped = read();
        }
        return shipped;
    }

    private static Map<String, IndicatorSkeleton> read() {
        // framework → 一级 → 二级s, all in file order; and which 一级 are satisfied by any one 二级
        Map<String, Map<String, List<String>>> tree = new LinkedHashMap<>();
        java.util.Set<String> anyOne = new java.util.HashSet<>();
        try (InputStream in = IndicatorSkeleton.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\|");
                if (parts.length != 4 || !(parts[3].equals("每项") || parts[3].equals("任一"))) {
                    throw new IllegalStateException(RESOURCE + ": bad line " + line);
                }
                if (parts[3].equals("任一")) {
                    anyOne.add(parts[0] + "|" + parts[1]);
                }
                tree.computeIfAbsent(parts[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, IndicatorSkeleton> skeletons = new LinkedHashMap<>();
        tree.forEach((framework, levels) -> {
            List<Branch> branches = new ArrayList<>();
            levels.forEach((level1, level2) -> branches.add(new Branch(level1, level2,
                    anyOne.contains(framework + "|" + level1))));
            skeletons.put(framework, new IndicatorSkeleton(branches));
        });
        return Map.copyOf(skeletons);
    }
}
