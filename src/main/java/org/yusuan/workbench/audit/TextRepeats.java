package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of two or more Chinese characters written twice in a row ("提高提高", "满足满足") inside a
 * text: the mark of a cell edited by copy and paste. Single characters (常常, 看看) are ordinary.
 */
final class TextRepeats {

    private static final Pattern REPEAT = Pattern.compile("(\\p{IsHan}{2,8})\\1");

    private TextRepeats() {
    }

    static List<String> in(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = REPEAT.matcher(text);
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }
}
