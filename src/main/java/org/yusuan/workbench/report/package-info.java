/** Output of the derived tables and figures: text and CSV now; the booklet PDF, xlsx and charts later. */
package org.yusuan.workbench.report;
