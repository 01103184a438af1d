package org.yusuan.workbench.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yusuan.workbench.audit.IndicatorWords;
import org.yusuan.workbench.domain.performance.QualitativeWords;

/**
 * The user's own qualitative words for indicator values, added to the shipped list: the file named
 * by {@code -Dyusuan.words}, else {@code ~/.yusuan/qualitative-words.txt} beside the signing keys,
 * in the format of the shipped list ({@link QualitativeWords#read}).
 *
 * <p>Why a file of the user and not a table in the budget file: the words are the reviewer's
 * vocabulary, the same for every budget the user prepares and every year, and a bureau can hand
 * one file to its units; a table would have to be copied into each budget and needs a schema
 * change. It is read afresh at every audit, so an added word counts without a restart.
 */
public final class UserWordList {

    private UserWordList() {
    }

    public static Path location() {
        String configured = System.getProperty("yusuan.words");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".yusuan", "qualitative-words.txt");
    }

    /** The shipped words plus the user's, or the shipped words alone when the user has no file. */
    public static IndicatorWords load() {
        Path file = location();
        if (!Files.isRegularFile(file)) {
            return IndicatorWords.shipped();
        }
        // Malformed UTF-8 is replaced, not refused: a damaged word then matches nothing, the rest still count.
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            return IndicatorWords.withUserFile(file.toString(), QualitativeWords.read(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
