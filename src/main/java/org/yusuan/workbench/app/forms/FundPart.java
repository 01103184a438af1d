package org.yusuan.workbench.app.forms;

import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.FormFunds;

/** 资金总额 and its five parts (中央, 省级, 市县, 单位自筹, 其他). */
public enum FundPart {
    TOTAL, CENTRAL, PROVINCIAL, LOCAL, SELF_RAISED, OTHER;

    public String label() {
        return Messages.get("forms.fund." + name().toLowerCase(java.util.Locale.ROOT));
    }

    Yuan of(FormFunds f) {
        return switch (this) {
            case TOTAL -> f.total();
            case CENTRAL -> f.central();
            case PROVINCIAL -> f.provincial();
            case LOCAL -> f.local();
            case SELF_RAISED -> f.selfRaised();
            case OTHER -> f.other();
        };
    }

    FormFunds with(FormFunds f, Yuan v) {
        return switch (this) {
            case TOTAL -> new FormFunds(v, f.central(), f.provincial(), f.local(), f.selfRaised(), f.other());
            case CENTRAL -> new FormFunds(f.total(), v, f.provincial(), f.local(), f.selfRaised(), f.other());
            case PROVINCIAL -> new FormFunds(f.total(), f.central(), v, f.local(), f.selfRaised(), f.other());
            case LOCAL -> new FormFunds(f.total(), f.central(), f.provincial(), v, f.selfRaised(), f.other());
            case SELF_RAISED -> new FormFunds(f.total(), f.central(), f.provincial(), f.local(), v, f.other());
            case OTHER -> new FormFunds(f.total(), f.central(), f.provincial(), f.local(), f.selfRaised(), v);
        };
    }
}
