package org.yusuan.workbench.app.lines;

import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;

/**
 * One row of the basic-lines grid: the line and what the grid shows beside its codes (names, the
 * government 款 the mapping gives, the effective 人员/公用 kind).
 */
public record BasicLineRow(BasicExpenditureLine line, String unitName, String functionName,
                           String departmentalName, String governmentCode, String governmentName,
                           boolean governmentOverridden) {

    public String functionLabel() {
        return line.functionCode() + " " + functionName;
    }

    public String departmentalLabel() {
        return line.departmentalEconomicCode() + " " + departmentalName;
    }

    public String governmentLabel() {
        return governmentCode == null ? Messages.get("lines.noGovernment") : governmentCode + " " + governmentName;
    }
}
