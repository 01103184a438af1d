package org.yusuan.workbench.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 最近打开: newest first, each file once, at most eight. */
class RecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("yusuan-test-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void keepsTheLastEightNewestFirstWithoutRepeats() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 1; i <= 10; i++) {
            recent.opened(Path.of("/tmp/budget" + i + ".mv.db"));
        }
        recent.opened(Path.of("/tmp/budget5.mv.db"));

        assertThat(recent.list()).hasSize(RecentFiles.LIMIT)
                .startsWith(Path.of("/tmp/budget5.mv.db"), Path.of("/tmp/budget10.mv.db"))
                .doesNotHaveDuplicates()
                .doesNotContain(Path.of("/tmp/budget1.mv.db"), Path.of("/tmp/budget2.mv.db"));
    }
}
