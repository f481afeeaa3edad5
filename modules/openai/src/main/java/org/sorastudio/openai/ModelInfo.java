package org.sorastudio.openai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of {@code GET /models}.
 *
 * @param id           model id, e.g. {@code sora-2}
 * @param created      creation time, or {@code null} if the server left it out
 * @param ownedBy      owner, or {@code null}
 * @param shutdownDate announced shutdown date, {@code null} when none is announced (or the server
 *                     sent a value that is not a date)
 */
public record ModelInfo(String id, Instant created, String ownedBy, LocalDate shutdownDate) {

    public Optional<LocalDate> shutdown() {
        return Optional.ofNullable(shutdownDate);
    }
}
