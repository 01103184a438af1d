package org.yusuan.workbench.app.tables;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of texts as JavaFX lays them out in a given font: on one line, or wrapped onto a number of
 * lines the way a wrapping label wraps them (Chinese breaks between any two characters).
 */
public final class TextMeasure {

    /** Chinese characters, their punctuation and blanks: a line may break beside any of them. */
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

    /** Any Chinese character (国): in a CJK font they all take the same width, a full em. */
    private static final String IDEOGRAPH = String.valueOf((char) 0x56FD);

    private final Text text = new Text();
    private final double lineHeight;
    private final Map<String, Double> oneLine = new HashMap<>();

    public TextMeasure(Font font) {
        text.setFont(font);
        text.setText(IDEOGRAPH);
        lineHeight = text.getLayoutBounds().getHeight();
    }

    /** The width of {@code s} on one line. */
    public double width(String s) {
        return oneLine.computeIfAbsent(s, key -> {
            text.setWrappingWidth(0);
            text.setText(key);
            return text.getLayoutBounds().getWidth();
        });
    }

    /** The width of a Chinese character. */
    double ideograph() {
        return width(IDEOGRAPH);
    }

    /**
     * The widest run that cannot be broken without cutting a number or a Latin word apart
     * ("2040201", "[2022]57"): a column narrower than that would split it.
     */
    double widestWord(String s) {
        double widest = 0;
        for (String word : BREAKS.split(s)) {
            if (!word.isEmpty()) {
                widest = Math.max(widest, width(word));
            }
        }
        // A Chinese character is a word of its own.
        return BREAKS.matcher(s).find() ? Math.max(widest, width(IDEOGRAPH)) : widest;
    }

    /** The least width at which {@code s} wraps onto at most {@code lines} lines. */
    double widthOnLines(String s, int lines) {
        double full = width(s);
        if (lines <= 1 || full == 0) {
            return full;
        }
        double narrow = Math.max(widestWord(s), full / lines);
        double wide = full;
        if (linesAt(s, narrow) <= lines) {
            return narrow;
        }
        // Halve the gap until within a pixel: the line count only falls as the width grows.
        while (wide - narrow > 1) {
            double middle = (narrow + wide) / 2;
            if (linesAt(s, middle) <= lines) {
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        return wide;
    }

    private int linesAt(String s, double wrappingWidth) {
        text.setText(s);
        text.setWrappingWidth(wrappingWidth);
        int lines = (int) Math.round(text.getLayoutBounds().getHeight() / lineHeight);
        text.setWrappingWidth(0);
        return lines;
    }
}
