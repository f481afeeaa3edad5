package org.sorastudio.moderation.api;

import java.util.List;

/**
 * The verdict on a batch of prompts before anything is submitted.
 *
 * @param checked  how many prompts were checked
 * @param blocked  the prompts the server flags or that hold a watched word, in batch order
 * @param requests how many moderation requests the check took
 */
public record PreflightReport(int checked, List<BlockedRow> blocked, int requests) {

    public PreflightReport {
        blocked = List.copyOf(blocked);
    }

    /**
     * A prompt of the batch that would be blocked.
     *
     * @param index        its position in the batch, from 0
     * @param prompt       the prompt
     * @param flags        the categories the server flagged (empty when only a watched word was found)
     * @param watchedWords the user's watched words it holds
     */
    public record BlockedRow(int index, String prompt, List<Flag> flags, List<String> watchedWords) {

        public BlockedRow {
            flags = List.copyOf(flags);
            watchedWords = List.copyOf(watchedWords);
        }
    }
}
