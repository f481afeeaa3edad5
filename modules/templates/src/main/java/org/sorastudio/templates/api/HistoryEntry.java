package org.sorastudio.templates.api;

import java.time.Instant;

/**
 * One prompt in the history.
 *
 * @param prompt   the prompt as sent
 * @param lastUsed when it was last sent
 * @param uses     how often it was sent
 */
public record HistoryEntry(String prompt, Instant lastUsed, int uses) {
}
