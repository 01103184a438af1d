/**
 * How the 部门预算公开 booklet is to be published: draft (watermarked), final or archival
 * ({@link org.yusuan.workbench.domain.publication.BookletOptions}), chosen by the front ends and
 * honoured by the booklet writer.
 */
package org.yusuan.workbench.domain.publication;
