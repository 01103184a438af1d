package org.yusuan.workbench.domain.bureau;


/**
 * One finding of the bureau's own audit of a received budget, with the unit's 出错说明 where the package
 * carried one for the same finding (same rule, same record).
 *
 * @param severity the audit's severity constant (ERROR, WARNING, NOTICE)
 */
public record ReceivedFinding(String severity, String ruleId, String title, String message, String location,
                              String explanation) {
}
