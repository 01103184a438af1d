package org.yusuan.workbench.domain.budget;

/**
 * How many characters each text of a budget may hold: the room the budget file gives it (the
 * VARCHAR widths of db/migration). One home for the import's layout, the editors and the file, so a
 * name the editor takes is one the import takes and the file stores; {@code FieldLengthsTest} holds
 * the file's columns to these numbers. Counted in characters ({@code domain.PlainText}).
 */
public final class FieldLengths {

    /** Department, unit and form title. */
    public static final int NAME = 200;
    /** A project's name; an indicator's name and values. */
    public static final int PROJECT_NAME = 300;
    /** A project code, a period (实施周期), an indicator's 一级/二级, a form's phone and date. */
    public static final int SHORT = 40;
    /** A form's 负责人 and 经办人. */
    public static final int PERSON = 60;
    /** The 备注 of a line or a project. */
    public static final int NOTE = 500;

    private FieldLengths() {
    }
}
