package org.yusuan.workbench.domain.bureau;

import java.time.Instant;
import java.util.UUID;

/**
 * One accepted file in the store's register.
 *
 * @param current whether the department's data for (year, stage) comes from this file (else a newer one replaced it)
 */
public record RegisterEntry(long fileId, String sha256, String fileName, long size, UUID packageId, String depCode,
                            String depName, int year, String stage, String signer, String created, Instant receivedAt,
                            boolean current, int errors, int warnings, int notices, int differingCells) {
}
