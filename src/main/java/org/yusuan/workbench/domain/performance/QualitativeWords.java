package org.yusuan.workbench.domain.performance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words a qualitative indicator value may be made of (提高, 保障, 完善 …). A value may chain
 * several of them ("逐步提高", "有效预防"), because that is how forms phrase a direction. The list
 * is extensible: a finance bureau's guidance adds words every year, so it is data, not a switch.
 */
public final class QualitativeWords {

    private static final List<String> STANDARD = List.of(
            "提高", "提升", "保障", "完善", "符合", "及时", "健全", "改善", "降低", "下降", "达标", "有效",
            "明显", "逐步", "持续", "满足", "合规", "规范", "维护", "预防", "增强", "稳定", "良好", "优化",
            "加强", "减少", "增加", "促进", "确保", "准确", "安全", "显著", "全面", "达到", "按时", "足额",
            "完成", "合格", "满意", "改进", "落实", "到位", "正常", "长期", "较好", "明确", "增长", "显著提高",
            "逐步提高", "不断");

    private final List<String> words;

    private QualitativeWords(Collection<String> words) {
        Set<String> unique = new LinkedHashSet<>(words);
        List<String> sorted = new ArrayList<>(unique);
        // Longest first, so that a listed compound wins over its pieces.
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.words = List.copyOf(sorted);
    }

    public static QualitativeWords standard() {
        return new QualitativeWords(STANDARD);
    }

    /** This list plus more words (each at least two characters: single characters would match anything). */
    public QualitativeWords with(String... more) {
        List<String> all = new ArrayList<>(words);
        for (String w : more) {
            if (w == null || w.strip().length() < 2) {
                throw new IllegalArgumentException("a qualitative word has at least two characters: " + w);
            }
            all.add(w.strip());
        }
        return new QualitativeWords(all);
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /**
     * Splits a text into listed words, or empty when it is not made of them only. A word directly
     * repeated ("提高提高") is returned as such; the caller decides what that means.
     */
    public Optional<List<String>> split(String text) {
        List<String> parts = new ArrayList<>();
        return split(text, 0, parts) ? Optional.of(List.copyOf(parts)) : Optional.empty();
    }

    private boolean split(String text, int from, List<String> parts) {
        if (from == text.length()) {
            return !parts.isEmpty();
        }
        for (String w : words) {
            if (text.startsWith(w, from)) {
                parts.add(w);
                if (split(text, from + w.length(), parts)) {
                    return true;
                }
                parts.remove(parts.size() - 1);
            }
        }
        return false;
    }
}
