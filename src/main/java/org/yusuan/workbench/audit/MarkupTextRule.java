package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * HTML tags in a form's text (the reference form 20 prints "<p>"): left over from pasting out of the
 * finance bureau's web system, and printed literally in the booklet.
 */
final class MarkupTextRule implements AuditRule {

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|&nbsp;");

    @Override
    public String id() {
        return "X.markup";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PerformanceForm form : context.budget().forms()) {
            DoubledTextRule.fields(form).forEach((field, text) -> {
                if (text != null) {
                    var m = TAG.matcher(text);
                    if (m.find()) {
                        findings.add(finding(TEXTS.get("rule.X.markup.message", context.formLabel(form.projectCode()),
                                TEXTS.get(field), m.group()), RecordRef.form(form.projectCode())));
                    }
                }
            });
        }
        return findings;
    }
}
