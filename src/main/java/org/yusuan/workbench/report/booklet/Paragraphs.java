package org.yusuan.workbench.report.booklet;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The accountant's multi-line texts as printable paragraphs. */
final class Paragraphs {

    /** （一）…, 1、…, 1. …: a short line that introduces what follows rather than a sentence. */
    private static final Pattern SUBHEADING = Pattern.compile("^(（[一二三四五六七八九十]+）|\\d+[、.]).{1,28}$");

    private Paragraphs() {
    }

    /** One paragraph per non-blank line; nothing for a missing text. */
    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean isSubheading(String paragraph) {
        return SUBHEADING.matcher(paragraph).matches() && !paragraph.endsWith("。");
    }
}
