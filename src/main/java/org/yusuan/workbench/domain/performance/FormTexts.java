package org.yusuan.workbench.domain.performance;

/** The text fields of a performance form, as entered (null = not filled in). */
public record FormTexts(String overview, String basis, String necessity, String safeguards, String plan,
                        String goalImplementation, String goalYear, String personInCharge, String handler,
                        String phone, String filledOn) {

    public static final FormTexts EMPTY = new FormTexts(null, null, null, null, null, null, null, null, null,
            null, null);
}
