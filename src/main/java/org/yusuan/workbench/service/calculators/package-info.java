/**
 * 人员经费测算 and 公用经费测算: headcount × standards × months, contribution rates, per-capita quotas.
 * Pure arithmetic in exact 元; the results become ordinary basic lines through {@link
 * org.yusuan.workbench.service.calculators.CalculatedLines}.
 */
package org.yusuan.workbench.service.calculators;
