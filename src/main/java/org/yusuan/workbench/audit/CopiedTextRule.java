package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

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

    /** The captions compared, by their keys in DoubledTextRule.fields. */
    private static final List<String> CHECKED = List.of("field.overview", "field.basis", "field.necessity",
            "field.safeguards", "field.plan");

    @Override
    public String id() {
        return "X.copied";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
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
                    findings.add(finding(TEXTS.get("rule.X.copied.message", context.formLabel(form.projectCode()),
                            String.join(TEXTS.get("rule.X.copied.separator"), captions.stream().map(TEXTS::get).toList()),
                            Integer.toString(captions.size())), RecordRef.form(form.projectCode()))));
        }
        return findings;
    }
}
