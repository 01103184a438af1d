package org.yusuan.workbench.domain;

import java.text.Normalizer;

/**
 * The one normalisation and measure of text that people type or import: the import, the
 * editors and whatever stores their result use these, so a name accepted in one place is accepted
 * (and equal) in every other.
 *
 * <p>Text is NFC (a character typed as base + combining mark equals the precomposed one) and
 * stripped. Lengths are characters (code points): {@code 𠀀} and {@code 😀} are one character each,
 * as the accountant counts them.
 */
public final class PlainText {

    private PlainText() {
    }

    /** NFC and stripped; "" for null. */
    public static String normalize(String text) {
        return nfc(text).strip();
    }

    /** NFC only, for long texts whose inner line breaks and indentation are kept; "" for null. */
    public static String nfc(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The number of characters (code points). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * The room the text takes in the budget file: its VARCHAR(n) columns count UTF-16 units, so a
     * character outside the Basic Multilingual Plane (CJK Extension B, emoji) takes two.
     */
    public static int storedLength(String text) {
        return text.length();
    }

    /** Characters outside the Basic Multilingual Plane: the ones that take two places in the file. */
    public static int supplementaryCharacters(String text) {
        return storedLength(text) - length(text);
    }

    /** Whether a text of at most {@code max} characters fits its column of the budget file. */
    public static boolean fits(String text, int max) {
        return storedLength(text) <= max;
    }

    /**
     * The first control character (C0, DEL, C1), or -1 when there is none. {@code multiLine} allows
     * line feed, carriage return and tab, which long texts keep.
     */
    public static int controlCharacter(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return c;
            }
        }
        return -1;
    }
}
