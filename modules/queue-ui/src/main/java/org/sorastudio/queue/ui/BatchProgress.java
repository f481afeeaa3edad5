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
package org.sorastudio.queue.ui;

import java.time.Duration;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.Cancellable;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.queue.api.QueueStats;

/**
 * The batch in the status bar: one progress handle while any job is unfinished, counting finished
 * jobs out of all, with the ETA; its cancel button cancels the whole batch (after asking).
 */
@Messages({
    "BatchProgress.name=Rendering videos",
    "# {0} - finished", "# {1} - total", "BatchProgress.count={0} of {1} done",
    "# {0} - finished", "# {1} - total", "# {2} - eta", "BatchProgress.countEta={0} of {1} done, about {2} left"
})
final class BatchProgress {

    private final Cancellable cancelBatch;
    private ProgressHandle handle;
    private int total;

    BatchProgress(Cancellable cancelBatch) {
        this.cancelBatch = cancelBatch;
    }

    /** Follows the latest stats; any thread (the handle is thread-safe), but calls must not overlap. */
    synchronized void show(QueueStats stats) {
        if (stats.unfinished() == 0) {
            finish();
            return;
        }
        if (handle == null) {
            handle = ProgressHandle.createHandle(Bundle.BatchProgress_name(), cancelBatch);
            total = stats.total();
            handle.start(total);
        } else if (stats.total() != total) {
            total = stats.total();
            handle.switchToDeterminate(total);
        }
        String text = stats.eta() == null ? Bundle.BatchProgress_count(stats.finished(), stats.total())
                : Bundle.BatchProgress_countEta(stats.finished(), stats.total(), format(stats.eta()));
        handle.progress(text, Math.min(total, stats.finished()));
    }

    synchronized void finish() {
        if (handle != null) {
            handle.finish();
            handle = null;
        }
    }

    /** {@code 45 s}, {@code 3 min 5 s}, {@code 1 h 2 min} in the person's language, rounded up to the second. */
    static String format(Duration duration) {
        return LocaleFormat.current().duration(Duration.ofSeconds(Math.max(0, (duration.toMillis() + 999) / 1000)));
    }
}
