/**
 * The finance bureau's 汇总 view: a consolidation store opened in the workstation, the departments of a
 * round with their status, the consolidated tables, and for a cell the departments in it.
 */
package org.yusuan.workbench.app.bureau;
