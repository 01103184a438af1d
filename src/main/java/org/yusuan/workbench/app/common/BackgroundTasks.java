package org.yusuan.workbench.app.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * The one place work leaves the FX thread (opening files, import, export), except at start, where
 * {@code FirstOpen} opens the first file while the toolkit starts. A single daemon thread: budget
 * work is sequential, and a quit never waits on it.
 */
public final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "yusuan-background");
        thread.setDaemon(true);
        return thread;
    });

    public <T> Task<T> submit(Task<T> task) {
        executor.execute(task);
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
