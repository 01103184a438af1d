package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.List;

/**
 * An entry of the user's qualitative-word file that was not taken (a single character would match
 * any text). A notice: the budget is not wrong, but the user expected the word to be accepted.
 */
final class WordListRule implements AuditRule {

    private final IndicatorWords words;

    WordListRule(IndicatorWords words) {
        this.words = words;
    }

    @Override
    public String id() {
        return "I.words";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return words.refused().stream()
                .map(w -> finding(TEXTS.get("rule.I.words.message", words.file(), w), RecordRef.department()))
                .toList();
    }
}
