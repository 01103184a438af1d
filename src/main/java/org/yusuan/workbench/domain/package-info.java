/**
 * The budget domain: money, the chart of accounts and one department's budget, with no
 * dependency on storage, JavaFX or reports (an ArchUnit test keeps it that way).
 *
 * <p>Glossary (Chinese term → identifier): 元 → {@code Yuan}; 万元 → {@code WanYuan};
 * 单位 → {@code BudgetUnit}; 基本支出 → {@code BasicExpenditureLine}; 项目支出 → {@code Project};
 * 资金来源 → {@code FundingSource}; 上年结转 → {@code FundYear.CARRIED_OVER};
 * 人员经费/公用经费 → {@code ExpenseKind}; 支出功能分类 → {@code Classification.FUNCTIONAL};
 * 绩效目标申报表 → {@code PerformanceForm}; 三级指标 → {@code Indicator}.
 */
package org.yusuan.workbench.domain;
