/**
 * Use cases shared by the command line and the workstation: create the sample, import a
 * workbook or a catalog, summarise a budget. Each opens nothing itself: it works on a
 * {@link org.yusuan.workbench.store.BudgetDatabase} the caller opened.
 */
package org.yusuan.workbench.service;
