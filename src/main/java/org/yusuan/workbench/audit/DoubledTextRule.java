package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * A word written twice in a row in a project name or a form's text. Free text may repeat a word on
 * purpose, so this is only a notice; in a name it is printed in tables 12/13 and on the form.
 */
final class DoubledTextRule implements AuditRule {

    @Override
    public String id() {
        return "X.doubled";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : context.budget().projects()) {
            List<String> words = TextRepeats.in(p.name());
            if (!words.isEmpty()) {
                findings.add(finding(TEXTS.get("rule.X.doubled.projectName", context.projectLabel(p), String.join(TEXTS.get("list.separator"), words)),
                        RecordRef.project(p.unitCode(), p.code())));
            }
        }
        for (PerformanceForm form : context.budget().forms()) {
            fields(form).forEach((field, text) -> {
                List<String> words = TextRepeats.in(text);
                if (!words.isEmpty()) {
                    findings.add(finding(TEXTS.get("rule.X.doubled.field", context.formLabel(form.projectCode()),
                            TEXTS.get(field), String.join(TEXTS.get("list.separator"), words)), RecordRef.form(form.projectCode())));
                }
            });
        }
        return findings;
    }

    /** The form's free texts by the bundle keys of their printed captions ("项目概况" under field.overview). */
    static Map<String, String> fields(PerformanceForm form) {
        FormTexts t = form.texts();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("field.title", form.title());
        fields.put("field.overview", t.overview());
        fields.put("field.basis", t.basis());
        fields.put("field.necessity", t.necessity());
        fields.put("field.safeguards", t.safeguards());
        fields.put("field.plan", t.plan());
        fields.put("field.goalImplementation", t.goalImplementation());
        fields.put("field.goalYear", t.goalYear());
        return fields;
    }
}
