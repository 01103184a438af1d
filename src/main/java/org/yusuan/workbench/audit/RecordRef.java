package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.List;
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

    /** In Chinese, from the identifiers: e.g. "项目 012002-008（单位 012002）", "表3 行 2040202". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        switch (kind) {
            case DEPARTMENT -> parts.add("部门");
            case UNIT -> parts.add("单位 " + unitCode);
            case BASIC_LINE -> parts.add("基本支出第 " + index + " 行（单位 " + unitCode + "）");
            case PROJECT -> parts.add("项目 " + projectCode + (unitCode == null ? "" : "（单位 " + unitCode + "）"));
            case PROJECT_LINE -> parts.add("项目 " + projectCode + " 明细第 " + index + " 行");
            case FORM -> parts.add(formName());
            case INDICATOR -> parts.add(formName() + " 第 " + index + " 个指标");
            case TABLE -> parts.add("表" + tableNumber + (rowCode == null ? "" : " 行 " + rowCode));
        }
        return String.join("", parts);
    }

    private String formName() {
        return projectCode == null ? "部门整体绩效目标表" : "绩效目标表（项目 " + projectCode + "）";
    }
}
