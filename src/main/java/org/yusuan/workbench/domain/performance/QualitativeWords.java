package org.yusuan.workbench.domain.performance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a qualitative indicator value may be made of (提高, 保障, 完善 …). A value may chain
 * several of them ("逐步提高", "有效预防"), because that is how forms phrase a direction. The list
 * is extensible: a finance bureau's guidance adds words every year, so it is data, not a switch —
 * the shipped {@code qualitative-words.txt} beside this class, plus a user's own file read with
 * {@link #read} (the service layer knows where that file lives).
 */
public final class QualitativeWords {

    /** The shipped list, in the format a user's own list is read in ({@link #read}). */
    private static final String RESOURCE = "/org/yusuan/workbench/domain/performance/qualitative-words.txt";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,；;]+");
    private static final QualitativeWords STANDARD = new QualitativeWords(shipped());

    /**
     * A list as read from a file: its words, and the entries refused (a single character, which
     * would match any text), so the caller can say so instead of dropping them silently.
     */
    public record Read(List<String> words, List<String> refused) {
        public Read {
            words = List.copyOf(words);
            refused = List.copyOf(refused);
        }
    }

    private final List<String> words;

    private QualitativeWords(Collection<String> words) {
        Set<String> unique = new LinkedHashSet<>(words);
        List<String> sorted = new ArrayList<>(unique);
        // Longest first, so that a listed compound wins over its pieces.
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.words = List.copyOf(sorted);
    }

    public static QualitativeWords standard() {
        return STANDARD;
    }

    /**
     * Reads a word list (UTF-8 text): words separated by line breaks, spaces or 、，；; a line
     * starting with # is a comment. The shipped list and a user's additions share this format.
     */
    public static Read read(Reader reader) {
        List<String> words = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        new BufferedReader(reader).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .flatMap(SEPARATORS::splitAsStream).map(String::strip).filter(w -> !w.isEmpty())
                .forEach(w -> (w.codePointCount(0, w.length()) < 2 ? refused : words).add(w));
        return new Read(words, refused);
    }

    private static List<String> shipped() {
        try (InputStream in = QualitativeWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Read read = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!read.refused().isEmpty()) {
                throw new IllegalStateException(RESOURCE + " has single characters: " + read.refused());
            }
            return read.words();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This list plus more words (each at least two characters: single characters would match anything). */
    public QualitativeWords with(String... more) {
        return with(List.of(more));
    }

    /** {@link #with(String...)} for a list, such as the words of a user's file. */
    public QualitativeWords with(Collection<String> more) {
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
