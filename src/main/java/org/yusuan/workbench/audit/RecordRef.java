package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.Objects;

/**
 * The record a finding is about, by identifiers only (no copies of data), so that a screen can jump
 * to it and the command line can name it. Unused identifiers are null / 0.
 *
 * @param unitCode     the unit (UNIT, BASIC_LINE, and the unit of a project)
 * @param projectCode  the project (PROJECT, PROJECT_LINE); for FORM and INDICATOR the form's project,
 *                     null for the 部门整体绩效目标
 * @param lineId       database id of a basic line (0 before it is stored)
 * @param index        1-based position: of a basic line among all basic lines, of a detail line in its
 *                     project, of an indicator in its form (print order); 0 when not applicable
 * @param tableNumber  1-13 for TABLE
 * @param rowCode      the table row's code ({@code TableRow.code()}) for TABLE
 */
public record RecordRef(RecordKind kind, String unitCode, String projectCode, long lineId, int index,
                        int tableNumber, String rowCode) {

    public RecordRef {
        Objects.requireNonNull(kind, "kind");
    }

    public static RecordRef department() {
        return new RecordRef(RecordKind.DEPARTMENT, null, null, 0, 0, 0, null);
    }

    public static RecordRef unit(String unitCode) {
        return new RecordRef(RecordKind.UNIT, unitCode, null, 0, 0, 0, null);
    }

    public static RecordRef basicLine(String unitCode, long lineId, int index) {
        return new RecordRef(RecordKind.BASIC_LINE, unitCode, null, lineId, index, 0, null);
    }

    public static RecordRef project(String unitCode, String projectCode) {
        return new RecordRef(RecordKind.PROJECT, unitCode, projectCode, 0, 0, 0, null);
    }

    public static RecordRef projectLine(String unitCode, String projectCode, int index) {
        return new RecordRef(RecordKind.PROJECT_LINE, unitCode, projectCode, 0, index, 0, null);
    }

    public static RecordRef form(String projectCode) {
        return new RecordRef(RecordKind.FORM, null, projectCode, 0, 0, 0, null);
    }

    public static RecordRef indicator(String projectCode, int index) {
        return new RecordRef(RecordKind.INDICATOR, null, projectCode, 0, index, 0, null);
    }

    public static RecordRef table(int number, String rowCode) {
        return new RecordRef(RecordKind.TABLE, null, null, 0, 0, number, rowCode);
    }

    /**
     * The identifiers as one language-free text (kind, unit, project, position, table, row), so that
     * something said about a finding — the unit's 出错说明 — finds it again in any interface language
     * and at the bureau, which sees the same identifiers in the package but not the line ids.
     */
    public String key() {
        return kind.name() + "|" + orEmpty(unitCode) + "|" + orEmpty(projectCode) + "|" + index + "|" + tableNumber
                + "|" + orEmpty(rowCode);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * From the identifiers, in the program's language: e.g. "项目 012002-008（单位 012002）",
     * "表3 行 2040202"; the codes are the budget's own and go in as they are.
     */
    public String describe() {
        String position = Integer.toString(index);
        return switch (kind) {
            case DEPARTMENT -> TEXTS.get("place.department");
            case UNIT -> TEXTS.get("place.unit", unitCode);
            case BASIC_LINE -> TEXTS.get("place.basicLine", position, unitCode);
            case PROJECT -> unitCode == null ? TEXTS.get("place.project", projectCode)
                    : TEXTS.get("place.projectOfUnit", projectCode, unitCode);
            case PROJECT_LINE -> TEXTS.get("place.projectLine", projectCode, position);
            case FORM -> formName();
            case INDICATOR -> TEXTS.get("place.indicator", formName(), position);
            case TABLE -> rowCode == null ? TEXTS.get("place.table", Integer.toString(tableNumber))
                    : TEXTS.get("place.tableRow", Integer.toString(tableNumber), rowCode);
        };
    }

    private String formName() {
        return projectCode == null ? TEXTS.get("place.departmentForm") : TEXTS.get("place.projectForm", projectCode);
    }
}
