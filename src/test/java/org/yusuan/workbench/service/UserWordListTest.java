package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's qualitative-word file: found where -Dyusuan.words says, added to the shipped list. */
class UserWordListTest {

    @TempDir
    Path folder;
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty("yusuan.words");
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("yusuan.words");
        } else {
            System.setProperty("yusuan.words", before);
        }
    }

    @Test
    void withoutAFileTheShippedWordsAlone() {
        System.setProperty("yusuan.words", folder.resolve("none.txt").toString());

        assertThat(UserWordList.load().words().contains("清朗")).isFalse();
        assertThat(UserWordList.load().file()).isNull();
    }

    @Test
    void theUsersFileAddsItsWordsAndKeepsWhatItRefused() throws IOException {
        Path file = folder.resolve("qualitative-words.txt");
        Files.writeString(file, "# 本局\n清朗、风清气正\n好\n", StandardCharsets.UTF_8);
        System.setProperty("yusuan.words", file.toString());

        var words = UserWordList.load();

        assertThat(words.words().contains("清朗")).isTrue();
        assertThat(words.words().contains("风清气正")).isTrue();
        assertThat(words.words().contains("积极")).isTrue();
        assertThat(words.refused()).containsExactly("好");
        assertThat(words.file()).isEqualTo(file.toString());
    }
}
