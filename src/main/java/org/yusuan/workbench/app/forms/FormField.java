package org.yusuan.workbench.app.forms;
import java.util.function.Function;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.FieldLengths;
import org.yusuan.workbench.domain.performance.FormTexts;

/** The text fields of a form, with the longest length the file stores (the CLOB ones are capped for sanity). */
public enum FormField {
    OVERVIEW("overview", FormTexts::overview, 4000),
    BASIS("basis", FormTexts::basis, 4000),
    NECESSITY("necessity", FormTexts::necessity, 4000),
    SAFEGUARDS("safeguards", FormTexts::safeguards, 4000),
    PLAN("plan", FormTexts::plan, 4000),
    GOAL_IMPLEMENTATION("goalImplementation", FormTexts::goalImplementation, 4000),
    GOAL_YEAR("goalYear", FormTexts::goalYear, 4000),
    PERSON_IN_CHARGE("personInCharge", FormTexts::personInCharge, FieldLengths.PERSON),
    HANDLER("handler", FormTexts::handler, FieldLengths.PERSON),
    PHONE("phone", FormTexts::phone, FieldLengths.SHORT),
    FILLED_ON("filledOn", FormTexts::filledOn, FieldLengths.SHORT);

    private final String key;
    private final Function<FormTexts, String> read;
    private final int maxLength;

    FormField(String key, Function<FormTexts, String> read, int maxLength) {
        this.key = key;
        this.read = read;
        this.maxLength = maxLength;
    }

    public String label() {
        return Messages.get("forms.field." + key);
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean isLong() {
        return maxLength > 100;
    }

    String of(FormTexts texts) {
        return read.apply(texts);
    }

    /** {@code texts} with this field set to {@code value}. */
    FormTexts with(FormTexts t, String value) {
        String[] v = {t.overview(), t.basis(), t.necessity(), t.safeguards(), t.plan(), t.goalImplementation(),
                t.goalYear(), t.personInCharge(), t.handler(), t.phone(), t.filledOn()};
        v[ordinal()] = value;
        return new FormTexts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }
}
