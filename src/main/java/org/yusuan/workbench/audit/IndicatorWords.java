package org.yusuan.workbench.audit;

import java.util.List;
import org.yusuan.workbench.domain.performance.QualitativeWords;

/**
 * The qualitative words the indicator rules accept: the shipped list, plus a user's own file when
 * there is one. The entries of that file that could not be used travel along, so the audit can say
 * so ({@link WordListRule}) instead of the user wondering why a word is still called malformed.
 *
 * @param words   the list to parse indicator values with
 * @param file    the user's file as named to the user, or null when there is none
 * @param refused entries of that file that were not taken (single characters)
 */
public record IndicatorWords(QualitativeWords words, String file, List<String> refused) {

    public IndicatorWords {
        refused = List.copyOf(refused);
    }

    public static IndicatorWords shipped() {
        return new IndicatorWords(QualitativeWords.standard(), null, List.of());
    }

    /** The shipped list plus what {@code read} took from the user's {@code file}. */
    public static IndicatorWords withUserFile(String file, QualitativeWords.Read read) {
        return new IndicatorWords(QualitativeWords.standard().with(read.words()), file, read.refused());
    }
}
