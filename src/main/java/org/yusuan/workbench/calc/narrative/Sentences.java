package org.yusuan.workbench.calc.narrative;

import java.util.regex.Pattern;

/**
 * Where the accountant's own words meet the template's: the one rule of how they join, so that the
 * narrative reads as written whatever punctuation a reason ends with.
 *
 * <ul>
 *   <li>A text that stands as a paragraph of its own (绩效目标情况, 其他说明) keeps its punctuation.</li>
 *   <li>A text inside a template sentence ("，原因是${…}。") gives up its closing punctuation, since
 *       the template ends the sentence; its own sentence ends inside become "；" so the template's
 *       sentence stays one sentence.</li>
 *   <li>When the template goes on with words after it ("${收支变动原因}收入增加"), a text that the
 *       accountant closed (with 。 ； ，) was a clause: it is followed by "，", not by "。收入增加".
 *       A text without closing punctuation is a phrase and is spliced as it is ("…等项目收入增加",
 *       the reference booklet's wording).</li>
 *   <li>A lead-in the template already says ("原因是") is not said twice.</li>
 * </ul>
 */
public final class Sentences {

    /** Punctuation that may close a clause or a sentence, full- and half-width. */
    private static final String CLOSING = "。；;，,、．.！!？?：:";
    private static final Pattern TRAILING = Pattern.compile("[" + CLOSING + "\\s]+$");
    private static final Pattern INNER_END = Pattern.compile("[。．！!？?]+|(?<=\\p{IsHan})\\.");
    private static final Pattern LINE_BREAK = Pattern.compile("[；;，,]?\\s*\\R\\s*");
    private static final Pattern TEMPLATE_LEAD_IN = Pattern.compile(".*(原因是|原因为|由于|因为)$", Pattern.DOTALL);
    private static final Pattern OWN_LEAD_IN = Pattern.compile("^(主要原因是|主要原因为|原因是|原因为|主要是由于|主要是因为|主要是|由于|因为)[：:]?");

    private Sentences() {
    }

    /** Whether a text says anything: one of punctuation and blanks only is no text at all. */
    public static boolean hasWords(String text) {
        return text != null && !TRAILING.matcher(text.strip()).replaceAll("").isEmpty();
    }

    /**
     * {@code text} as it is to stand between the template's {@code before} (everything written so
     * far) and {@code after} (the template's text that follows).
     */
    public static String join(String before, String text, String after) {
        boolean paragraph = (before.isEmpty() || before.endsWith("\n")) && (after.isEmpty() || after.startsWith("\n"));
        if (paragraph) {
            return text;
        }
        String own = text.strip();
        if (TEMPLATE_LEAD_IN.matcher(before).matches()) {
            own = OWN_LEAD_IN.matcher(own).replaceFirst("");
        }
        String core = TRAILING.matcher(own).replaceAll("");
        if (core.isEmpty()) {
            return core;
        }
        // A line break would end the paragraph inside the template's sentence: it ends a clause instead.
        core = LINE_BREAK.matcher(INNER_END.matcher(core).replaceAll("；")).replaceAll("；").replaceAll("；+", "；");
        boolean closed = core.length() < own.length();
        boolean templateGoesOn = !after.isEmpty() && CLOSING.indexOf(after.charAt(0)) < 0 && after.charAt(0) != '\n';
        return closed && templateGoesOn ? core + "，" : core;
    }
}
