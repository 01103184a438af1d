package org.yusuan.workbench.app.projects;

import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.ProjectLine;

/** A detail line of the project on the card, with the names beside its codes. */
public record ProjectLineRow(int index, ProjectLine line, String functionName, String economicName) {

    public String functionLabel() {
        return line.functionCode() + " " + functionName;
    }

    public String economicLabel() {
        return line.departmentalEconomicCode() == null ? Messages.get("projects.notDetailed") : line.departmentalEconomicCode() + " " + economicName;
    }
}
