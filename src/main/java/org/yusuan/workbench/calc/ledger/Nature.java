package org.yusuan.workbench.calc.ledger;

/** 基本支出 or 项目支出. */
public enum Nature {
    BASIC,
    PROJECT
}
