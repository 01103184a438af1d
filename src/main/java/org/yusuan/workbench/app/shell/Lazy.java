package org.yusuan.workbench.app.shell;

import java.util.function.Supplier;

/** A page built the first time it is asked for and kept: each page listens to the workspace itself. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> build;
    private T value;

    Lazy(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public T get() {
        if (value == null) {
            value = build.get();
        }
        return value;
    }
}
