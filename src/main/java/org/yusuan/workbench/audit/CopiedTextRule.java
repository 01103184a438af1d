package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * Two different captions of one form with the same text (the reference form 16 repeats its
 * 项目设立必要性 as 保证项目实施的制度措施): each caption asks something else, so a copy answers one
 * of them wrongly. 表名 is left out; the two 总体目标 of a one-year project are often equal on
 * purpose, so they are left out too.
 */
final class CopiedTextRule implements AuditRule {

    private static final List<String> CHECKED = List.of("项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度措施",
            "项目实施计划");

    @Override
    public String id() {
        return "X.copied";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public String title() {
        return "表内两栏文字相同";
    }

    @Override
    public String description() {
        return "绩效目标表中项目概况、立项依据、项目设立必要性、保证项目实施的制度措施、项目实施计划任意两栏文字完全相同，可能是复制时填错了栏。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PerformanceForm form : context.budget().forms()) {
            Map<String, String> fields = DoubledTextRule.fields(form);
            // Captions grouped by their text: one finding per group of two or more.
            Map<String, List<String>> byText = new LinkedHashMap<>();
            for (String caption : CHECKED) {
                String text = fields.get(caption);
                if (text != null && !text.isBlank()) {
                    byText.computeIfAbsent(text.strip(), t -> new ArrayList<>()).add(caption);
                }
            }
            byText.values().stream().filter(captions -> captions.size() > 1).forEach(captions ->
                    findings.add(finding(context.formLabel(form.projectCode()) + "的「" + String.join("」「", captions)
                            + "」" + captions.size() + "栏文字完全相同。", RecordRef.form(form.projectCode()))));
        }
        return findings;
    }
}
