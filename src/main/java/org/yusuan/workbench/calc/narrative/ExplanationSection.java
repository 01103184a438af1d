package org.yusuan.workbench.calc.narrative;

import java.util.List;

/**
 * One section of 情况说明 as it will be printed: title and paragraphs. A paragraph of the form
 * {@code {{chart:name}}} stands for a chart.
 */
public record ExplanationSection(String title, List<String> paragraphs) {

    public ExplanationSection {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The chart a paragraph stands for, or null for ordinary text. */
    public static String chartOf(String paragraph) {
        return paragraph.startsWith("{{chart:") && paragraph.endsWith("}}")
                ? paragraph.substring("{{chart:".length(), paragraph.length() - 2) : null;
    }
}
