/*
 * Copyright 2026 the Sora Studio authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.sorastudio.cli;

import java.nio.file.Path;
import java.util.List;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueStats;

/**
 * Tells the user (or a script) how a run goes. Job events arrive on the queue's event thread; the
 * other calls on the main thread, or on the shutdown hook for {@link #interrupted}.
 */
interface Reporter extends QueueListener {

    /** The queue is open, holding what {@code journal} kept from earlier runs; new jobs follow as job events. */
    void started(Path journal, QueueStats earlier);

    /** The run ended with {@code exitCode}; {@code stopReason} says why jobs were left, or is empty. */
    void finished(QueueStats stats, List<Job> jobs, String stopReason, int exitCode);

    /**
     * A clip's post-processing finished (succeeded or failed), on a hook thread. A failure always reaches the user;
     * reporters that show progress may show success too.
     */
    void postProcessed(ClipOutcome outcome);

    /** Ctrl+C: the queue was saved to {@code journal}. */
    void interrupted(Path journal);

    /** The reporter for the options: JSON lines, a live bar on a terminal, else plain lines. */
    static Reporter forOptions(CommonOptions options) {
        if (options.json) {
            return new JsonReporter(System.out, System.err);
        }
        if (System.console() != null && !options.quiet) {
            return new TerminalReporter(System.out, System.err, TerminalReporter.REDRAW_INTERVAL);
        }
        return new LineReporter(System.out, System.err, options.quiet);
    }
}
