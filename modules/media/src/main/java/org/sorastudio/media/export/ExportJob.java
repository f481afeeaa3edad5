package org.sorastudio.media.export;

import java.util.concurrent.CompletionStage;

/** A running export. */
public interface ExportJob {

    ExportPlan plan();

    /**
     * Stops ffmpeg and removes the partial output; the job then fails with
     * {@link ExportCancelledException}. Does nothing once the job is done.
     */
    void cancel();

    boolean isDone();

    /**
     * Completes with the result, or exceptionally with an {@link ExportException} (wrapped in a
     * {@link java.util.concurrent.CompletionException}) — for callers that must not block.
     */
    CompletionStage<ExportResult> completion();

    /** Waits for the export to end. */
    ExportResult await() throws ExportException, InterruptedException;
}
