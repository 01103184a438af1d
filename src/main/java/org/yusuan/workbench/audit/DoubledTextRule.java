package org.yusuan.workbench.audit;

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
    public String title() {
        return "文字中词语重复";
    }

    @Override
    public String description() {
        return "项目名称和绩效目标表各栏文字中同一词语连写两次（如“提高提高”），可能是录入失误。";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : context.budget().projects()) {
            List<String> words = TextRepeats.in(p.name());
            if (!words.isEmpty()) {
                findings.add(finding(context.projectLabel(p) + "的名称中词语「" + String.join("、", words) + "」连写了两次。",
                        RecordRef.project(p.unitCode(), p.code())));
            }
        }
        for (PerformanceForm form : context.budget().forms()) {
            fields(form).forEach((field, text) -> {
                List<String> words = TextRepeats.in(text);
                if (!words.isEmpty()) {
                    findings.add(finding(context.formLabel(form.projectCode()) + "的「" + field + "」中词语「"
                            + String.join("、", words) + "」连写了两次。", RecordRef.form(form.projectCode())));
                }
            });
        }
        return findings;
    }

    /** The form's free texts by their printed captions. */
    static Map<String, String> fields(PerformanceForm form) {
        FormTexts t = form.texts();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("表名", form.title());
        fields.put("项目概况", t.overview());
        fields.put("立项依据", t.basis());
        fields.put("项目设立必要性", t.necessity());
        fields.put("保证项目实施的制度措施", t.safeguards());
        fields.put("项目实施计划", t.plan());
        fields.put("实施期总体目标", t.goalImplementation());
        fields.put("年度总体目标", t.goalYear());
        return fields;
    }
}
