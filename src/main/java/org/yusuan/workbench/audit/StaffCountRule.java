package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * Staff counted in a form's text (公务员：共183人，事业人员：共78人) add up to more persons than the
 * department has in post (实有人数). The reference's overtime and duty-allowance forms do so
 * (checks_narrative.csv N0.1: 261 persons paid, 219 在职); it may be intended (staff outside the
 * headcount) but is then worth a word in the text, so a notice. Only the words for people on the
 * staff are counted: 辅警, persons served, 人次 and rates (元/人) are other quantities.
 */
final class StaffCountRule implements AuditRule {

    /** A staff category, an optional 共/计/合计, a number and 人 or 名 — not 人次, not 人/…. */
    private static final Pattern STAFF_COUNT = Pattern.compile(
            "(公务员|事业人员|事业编制人员|行政编制人员|参公人员|在职人员|在编人员|在职职工|干部职工|民警|工勤人员)"
                    + "[：:，,\\s]*(?:共|计|合计)?\\s*(\\d+)\\s*([人名])(?![次/])");

    @Override
    public String id() {
        return "X.staff-count";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        Optional<Staffing.Totals> staffing = Staffing.totals(context.budget().staffing());
        if (staffing.isEmpty()) {
            return List.of();    // D.staffing says so; there is nothing to compare with
        }
        int inPost = staffing.get().actual();
        List<Finding> findings = new ArrayList<>();
        for (PerformanceForm form : context.budget().forms()) {
            // One finding per form, for the first caption that counts too many: the texts often repeat each other.
            for (Map.Entry<String, String> field : DoubledTextRule.fields(form).entrySet()) {
                List<String> counts = new ArrayList<>();
                int persons = count(field.getValue(), counts);
                if (persons > inPost) {
                    findings.add(finding(TEXTS.get("rule.X.staff-count.message", context.formLabel(form.projectCode()),
                            TEXTS.get(field.getKey()), String.join(TEXTS.get("rule.X.staff-count.separator"), counts),
                            Integer.toString(persons), Integer.toString(inPost)), RecordRef.form(form.projectCode())));
                    break;
                }
            }
        }
        return findings;
    }

    /** The persons a text counts, each mention ("公务员183人") added to {@code mentions}. */
    private static int count(String text, List<String> mentions) {
        if (text == null) {
            return 0;
        }
        int persons = 0;
        Matcher m = STAFF_COUNT.matcher(text);
        while (m.find()) {
            persons += Integer.parseInt(m.group(2));
            mentions.add(m.group(1) + m.group(2) + m.group(3));
        }
        return persons;
    }
}
