package org.yusuan.workbench.fuzz;

import java.util.List;

/**
 * What one execution came to, in the terms of the command line's exit status.
 *
 * @param exitStatus the status {@code yusuan} would have returned (0, 1, 3 or 4; -1 for a timeout)
 * @param signature  for a failure: what kind (exit status, exception class, its root cause, the top
 *                   frame in our code), so that thousands of hits group into a few findings; for a
 *                   refusal: its problems with values blanked, which the fuzzer uses as cheap feedback
 * @param detail     the message or stack trace, for the findings report
 */
record Outcome(Verdict verdict, int exitStatus, String signature, String detail, long millis, long allocatedBytes) {

    enum Verdict {
        /** Imported whole (exit 0). */
        OK,
        /** Refused with every problem in Chinese, the budget file unchanged (exit 1). */
        REFUSED,
        /** Anything else: exit 3 or 4, an English reason, a changed file, a timeout, memory. */
        FAILURE
    }

    static Outcome failure(int exitStatus, String signature, String detail, long millis, long allocated) {
        return new Outcome(Verdict.FAILURE, exitStatus, signature, detail, millis, allocated);
    }

    boolean failed() {
        return verdict == Verdict.FAILURE;
    }

    /** Exception class, root cause class and the first frame in our code: one line per kind of crash. */
    static String signatureOf(int exitStatus, Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder s = new StringBuilder("exit ").append(exitStatus).append(": ").append(t.getClass().getSimpleName());
        if (root != t) {
            s.append(" <- ").append(root.getClass().getSimpleName());
        }
        s.append(" @ ").append(ourFrame(t));
        String frame = firstFrame(root);
        if (!frame.isEmpty() && !frame.startsWith("org.yusuan")) {
            s.append(" (").append(frame).append(")");
        }
        return s.toString();
    }

    private static String ourFrame(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getClassName().startsWith("org.yusuan.workbench") && !e.getClassName().contains(".fuzz.")) {
                    return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName();
                }
            }
        }
        return "?";
    }

    private static String firstFrame(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? "" : trace[0].getClassName() + "." + trace[0].getMethodName();
    }

    /** Problem texts with quoted values and numbers blanked: what kind of refusal, not which cell. */
    static String refusalSignature(List<String> messages) {
        return messages.stream().limit(3)
                .map(m -> m.replaceAll("「[^」]*」", "「」").replaceAll("\\d+", "#"))
                .reduce((a, b) -> a + " | " + b).orElse("");
    }
}
