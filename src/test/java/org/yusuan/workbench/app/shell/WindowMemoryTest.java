package org.yusuan.workbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.app.shell.WindowMemory.Geometry;

/** What is kept per budget file and the fallbacks when it no longer fits: no window needed. */
class WindowMemoryTest {

    private static final List<Rectangle2D> LAPTOP = List.of(new Rectangle2D(0, 0, 1366, 740));

    @TempDir
    Path folder;

    @Test
    void eachBudgetFileHasItsOwnMemoryEvenWithALongPath() {
        WindowMemory memory = new WindowMemory(new MemoryPreferences());
        Path a = folder.resolve("一".repeat(120)).resolve("a.mv.db");
        Path b = folder.resolve("b.mv.db");
        memory.rememberPage(a, "charts");
        memory.rememberDivider(a, 0.3);
        memory.rememberGeometry(a, new Geometry(10, 20, 1000, 700, true));

        assertThat(memory.page(a)).contains("charts");
        assertThat(memory.divider(a).getAsDouble()).isEqualTo(0.3);
        assertThat(memory.geometry(a)).contains(new Geometry(10, 20, 1000, 700, true));
        assertThat(memory.page(b)).isEmpty();
        assertThat(memory.divider(b)).isEmpty();
        assertThat(memory.geometry(b)).isEmpty();
    }

    @Test
    void aForgetfulMemoryKeepsNothing() {
        WindowMemory memory = WindowMemory.forgetful();
        memory.rememberPage(folder.resolve("a.mv.db"), "charts");
        assertThat(memory.page(folder.resolve("a.mv.db"))).isEmpty();
    }

    @Test
    void dialogsStartInTheFolderLastUsedElseTheBudgetFilesFolder() throws Exception {
        Path budget = Files.createDirectories(folder.resolve("预算")).resolve("budget.mv.db");
        Path exports = Files.createDirectories(folder.resolve("导出"));

        assertThat(WindowMemory.initialFolder(budget, Optional.empty())).contains(budget.getParent());
        assertThat(WindowMemory.initialFolder(budget, Optional.of(exports))).contains(exports);
        // A folder deleted since: back to the budget file's.
        assertThat(WindowMemory.initialFolder(budget, Optional.of(folder.resolve("gone")))).contains(budget.getParent());
        // No budget open and nothing remembered: the dialog's own default.
        assertThat(WindowMemory.initialFolder(null, Optional.empty())).isEmpty();

        WindowMemory memory = new WindowMemory(new MemoryPreferences());
        memory.rememberFolder(budget, exports);
        assertThat(memory.folder(budget)).contains(exports);
        assertThat(memory.folder(folder.resolve("other.mv.db"))).isEmpty();
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsNotRestored() {
        assertThat(WindowMemory.onScreen(new Geometry(100, 50, 1200, 700, false), LAPTOP))
                .contains(new Geometry(100, 50, 1200, 700, false));
        // Left on a second monitor to the right, unplugged since.
        assertThat(WindowMemory.onScreen(new Geometry(2000, 50, 1200, 700, false), LAPTOP)).isEmpty();
        // Title bar above the top of the screen: it could not be grabbed.
        assertThat(WindowMemory.onScreen(new Geometry(100, -600, 1200, 700, false), LAPTOP)).isEmpty();
        // Bigger than this screen: shrunk to it.
        assertThat(WindowMemory.onScreen(new Geometry(0, 0, 1920, 1080, false), LAPTOP))
                .contains(new Geometry(0, 0, 1366, 740, false));
    }

    @Test
    void theNavigationIsNeverASliver() {
        assertThat(WindowMemory.sensibleDivider(0.01, 1280) * 1280).isGreaterThanOrEqualTo(180);
        assertThat(WindowMemory.sensibleDivider(0.3, 1280)).isEqualTo(0.3);
        assertThat(WindowMemory.sensibleDivider(0.95, 1280)).isEqualTo(0.5);
        assertThat(WindowMemory.sensibleDivider(Double.NaN, 1280)).isEqualTo(0.2);
    }
}
