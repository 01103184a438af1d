package org.yusuan.workbench.app;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.yusuan.workbench.app.shell.DefaultBudgetFile;
import org.yusuan.workbench.app.shell.WorkbenchSession;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.service.BudgetWorkspace;

/**
 * The budget file the workstation starts on, opened while JavaFX starts: the toolkit, the theme,
 * the fonts and the first window take about as long as opening the file (H2, the budget, the
 * derived tables), and on two cores the two run side by side (docs/performance.md, "Start-up vs
 * LibreOffice Calc"). The application takes the result when it opens that file; a failure reaches
 * it as if it had opened the file itself.
 */
final class FirstOpen {

    private static FirstOpen pending;

    private final Path file;
    private final boolean firstStart;
    private final CompletableFuture<WorkbenchSession> session = new CompletableFuture<>();

    private FirstOpen(Path file, boolean firstStart) {
        this.file = file;
        this.firstStart = firstStart;
    }

    /** Begins opening the file the program arguments name (or the default one) on a thread of its own. */
    static synchronized void begin(String[] args) {
        Path file = DefaultBudgetFile.resolve(SelfCheck.withoutFlag(List.of(args)));
        FirstOpen open = new FirstOpen(file, !WorkbenchSession.exists(file));
        Thread thread = new Thread(() -> {
            try {
                WorkbenchSession session = WorkbenchSession.open(file, true);
                session.workspace().ifPresent(FirstOpen::prepare);
                open.session.complete(session);
            } catch (Throwable e) {
                open.session.completeExceptionally(e);
            }
        }, "yusuan-first-open");
        thread.setDaemon(true);
        thread.start();
        pending = open;
    }

    /**
     * What the main window asks of a budget first, done here while the FX thread is still starting:
     * the 13 tables (their titles name the navigation's items; kept until an edit), and once the
     * audit and the 情况说明, whose classes would otherwise load on the FX thread.
     */
    private static void prepare(BudgetWorkspace workspace) {
        workspace.tables();
        workspace.audit();
        workspace.explanation();
    }

    /** The open begun for {@code file}, once; null when none was (or it was taken already). */
    static synchronized FirstOpen take(Path file) {
        FirstOpen open = pending;
        if (open == null || !open.file.equals(file)) {
            return null;
        }
        pending = null;
        return open;
    }

    /** Whether the file did not exist yet when the open began (the sample is being created). */
    boolean firstStart() {
        return firstStart;
    }

    /** Waits for the open; throws what opening the file threw. */
    WorkbenchSession session() {
        try {
            return session.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
