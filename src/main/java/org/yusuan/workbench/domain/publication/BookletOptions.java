package org.yusuan.workbench.domain.publication;

import java.util.Objects;

/**
 * Draft, final or archival. A draft carries a diagonal watermark on every page so that a copy
 * circulated for internal review cannot be mistaken for the published booklet; the final carries
 * none. The archival copy is the final as PDF/A-2b, the form archives keep (decision 0009).
 *
 * @param draft     whether to watermark every page
 * @param watermark the watermark's text; null unless a draft
 * @param archival  whether to write PDF/A-2b; never for a draft
 */
public record BookletOptions(boolean draft, String watermark, boolean archival) {

    public static final String DEFAULT_WATERMARK = "仅供内部审核";
    public static final BookletOptions FINAL = new BookletOptions(false, null, false);
    public static final BookletOptions ARCHIVAL = new BookletOptions(false, null, true);

    public BookletOptions {
        if (draft) {
            Objects.requireNonNull(watermark, "a draft needs its watermark text");
            if (watermark.isBlank()) {
                throw new IllegalArgumentException("水印文字不能为空");
            }
            if (archival) {
                throw new IllegalArgumentException("草稿不能生成归档版（PDF/A）");
            }
        }
    }

    public static BookletOptions draft(String watermark) {
        return new BookletOptions(true, watermark == null ? DEFAULT_WATERMARK : watermark, false);
    }
}
