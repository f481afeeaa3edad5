package org.sorastudio.templates.api;

import java.util.List;

/**
 * The prompts sent, most recent first, each once, at most {@link #LIMIT}; kept in
 * {@code prompt-history.json} in the user directory. Registered in Lookup: whatever sends a
 * prompt records it here.
 *
 * <p>History is a convenience, so it never stands in the way of sending: a failed write is logged,
 * and an unreadable file is renamed to {@code prompt-history.json.broken-TIMESTAMP} (kept, logged)
 * and a new history started.
 */
public interface PromptHistory {

    int LIMIT = 200;
    String FILE_NAME = "prompt-history.json";

    /** Puts {@code prompt} first; blank prompts are ignored. */
    void record(String prompt);

    List<HistoryEntry> entries();

    /** Entries containing every word of {@code query}, case-insensitive. */
    List<HistoryEntry> search(String query);

    void remove(String prompt);

    void clear();

    /** Called after every change, on the thread that made it. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
