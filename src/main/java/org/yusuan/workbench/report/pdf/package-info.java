/** PDF output with iText: shared pieces (fonts, page furniture) used by the booklet and the forms. */
package org.yusuan.workbench.report.pdf;
