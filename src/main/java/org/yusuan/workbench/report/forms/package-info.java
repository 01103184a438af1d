/**
 * The printed 绩效目标申报表: {@link org.yusuan.workbench.report.forms.PerformanceFormLayout} lays one
 * form out in an iText document (used by the booklet and by {@code yusuan forms});
 * {@link org.yusuan.workbench.report.forms.FormsDocument} writes all forms of a budget to a PDF file.
 */
package org.yusuan.workbench.report.forms;
