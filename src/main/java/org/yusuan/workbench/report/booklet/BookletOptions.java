package org.yusuan.workbench.report.booklet;

import java.util.Objects;

/**
 * Draft or final. A draft carries a diagonal watermark on every page so that a copy circulated for
 * internal review cannot be mistaken for the published booklet; the final carries none.
 */
public record BookletOptions(boolean draft, String watermark) {

    public static final String DEFAULT_WATERMARK = "仅供内部审核";
    public static final BookletOptions FINAL = new BookletOptions(false, null);

    public BookletOptions {
        if (draft) {
            Objects.requireNonNull(watermark, "a draft needs its watermark text");
            if (watermark.isBlank()) {
                throw new IllegalArgumentException("水印文字不能为空");
            }
        }
    }

    public static BookletOptions draft(String watermark) {
        return new BookletOptions(true, watermark == null ? DEFAULT_WATERMARK : watermark);
    }
}
