/**
 * Why an input was refused: {@link org.yusuan.workbench.domain.input.ImportProblem} (a place in a
 * workbook or catalog and the reason) and {@link org.yusuan.workbench.domain.input.BudgetFileException}
 * (a budget file that cannot be opened). Below every layer, since the readers produce them, the
 * services pass them on and both front ends show them.
 */
package org.yusuan.workbench.domain.input;
