package org.yusuan.workbench.app.forms;

import org.yusuan.workbench.app.common.Messages;

/** The two periods a form states funds and indicator values for. */
public enum FormPeriod {
    IMPLEMENTATION, YEAR;

    /** 实施期 / 年度. */
    public String label() {
        return Messages.get(this == IMPLEMENTATION ? "forms.period.implementation" : "forms.period.year");
    }
}
