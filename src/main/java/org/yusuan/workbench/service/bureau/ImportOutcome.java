package org.yusuan.workbench.service.bureau;

import java.nio.file.Path;

/**
 * What became of one received file.
 *
 * @param message one sentence for the bureau's staff: why it was refused, or what was stored
 */
public record ImportOutcome(Path file, Kind kind, String message, String depCode, String depName, int errors,
                            int warnings, int notices, int differingCells) {

    public enum Kind {
        /** The department's first package for the round. */
        ACCEPTED,
        /** A newer package took the place of the department's earlier one. */
        REPLACED,
        /** The very same file was received before: nothing changed. */
        ALREADY_RECEIVED,
        /** Not stored; the store is as it was. */
        REFUSED
    }

    static ImportOutcome refused(Path file, String message) {
        return new ImportOutcome(file, Kind.REFUSED, message, "", "", 0, 0, 0, 0);
    }

    public boolean stored() {
        return kind == Kind.ACCEPTED || kind == Kind.REPLACED;
    }
}
