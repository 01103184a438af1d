package org.yusuan.workbench.report.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line of Chinese may break, by the common rule of Chinese typesetting (避头尾): a line never
 * starts with closing punctuation (，。、；：？！）」 …) and never ends with opening punctuation
 * (（「《 …). iText's default breaks after any ideograph, so a comma that no longer fits starts the
 * next line on its own; here the ideograph before it goes down with it instead.
 */
public final class ChineseLineBreaks implements ISplitCharacters {

    /**
     * Must not begin a line: full-width closing brackets and quotes, sentence and clause punctuation.
     * Not ASCII's: a break after its comma or full stop would split 7,993,300.00 or a file name.
     */
    private static final String NO_LINE_START = "，。、；：？！）」』》〉】〕”’…·％";
    /** Must not end a line: opening brackets and quotes. */
    private static final String NO_LINE_END = "（「『《〈【〔“‘";

    private final ISplitCharacters otherwise = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        if (glyphPos + 1 < text.getEnd() && among(NO_LINE_START, text, glyphPos + 1)) {
            return false;
        }
        if (among(NO_LINE_END, text, glyphPos)) {
            return false;
        }
        // After closing punctuation is where Chinese breaks most naturally (the default would not).
        return among(NO_LINE_START, text, glyphPos) || otherwise.isSplitCharacter(text, glyphPos);
    }

    private static boolean among(String characters, GlyphLine text, int glyphPos) {
        var glyph = text.get(glyphPos);
        return glyph.hasValidUnicode() && characters.indexOf(glyph.getUnicode()) >= 0;
    }
}
