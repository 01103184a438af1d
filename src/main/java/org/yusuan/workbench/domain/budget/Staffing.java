package org.yusuan.workbench.domain.budget;

import java.util.List;
import java.util.Optional;

/** 人员编制 of one category in one unit: 编制数 and 实有人数 (在职). */
public record Staffing(String unitCode, StaffCategory category, int authorized, int actual) {

    public Staffing {
        if (authorized < 0 || actual < 0) {
            throw new IllegalArgumentException("headcounts are never negative");
        }
    }

    /** 编制数 and 实有人数 summed over units and categories. */
    public record Totals(int authorized, int actual) {
    }

    /**
     * The totals of {@code rows}, or empty when staffing was not entered: no row, or only rows at
     * 0 and 0 (a new row starts so, and a workbook cell left blank reads as 0). Then "编制人员共0人"
     * would state a falsehood; a 0 beside another figure is an entered fact and is kept. The one
     * place that decides whether staffing is known (booklet, audit, workstation).
     */
    public static Optional<Totals> totals(List<Staffing> rows) {
        int authorized = rows.stream().mapToInt(Staffing::authorized).sum();
        int actual = rows.stream().mapToInt(Staffing::actual).sum();
        return authorized == 0 && actual == 0 ? Optional.empty() : Optional.of(new Totals(authorized, actual));
    }
}
