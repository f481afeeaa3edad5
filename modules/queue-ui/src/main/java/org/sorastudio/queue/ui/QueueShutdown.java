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

import java.util.concurrent.Callable;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.modules.OnStop;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.queue.api.QueueStats;

/**
 * Closing the studio with jobs in flight: ask whether to keep them for next time (they resume when
 * the project's queue opens again) or cancel them; then stop the queue's threads and save its
 * journal, on the platform's shutdown thread rather than the EDT.
 */
@Messages({
    "# {0} - unfinished jobs",
    "QueueShutdown.ask={0} video jobs are not finished.\n\nKeep them for next time? They continue when the studio starts again."
            + "\nJobs already on the server keep rendering there either way.",
    "QueueShutdown.title=Unfinished Videos",
    "QueueShutdown.keep=Keep for Next Time",
    "QueueShutdown.cancelJobs=Cancel Them"
})
public final class QueueShutdown {

    /** Set by {@link Ask}, read by {@link Stop}: whether unfinished jobs are kept. */
    private static volatile boolean keepJobs = true;

    private QueueShutdown() {
    }

    @OnStop
    public static final class Ask implements Callable<Boolean> {
        @Override
        public Boolean call() {
            QueueService service = Lookup.getDefault().lookup(QueueService.class);
            QueueStats stats = service == null ? null : service.current().map(q -> q.stats()).orElse(null);
            if (stats == null || stats.unfinished() == 0) {
                return true;
            }
            Object keep = Bundle.QueueShutdown_keep();
            Object cancel = Bundle.QueueShutdown_cancelJobs();
            NotifyDescriptor ask = new NotifyDescriptor(Bundle.QueueShutdown_ask(stats.unfinished()),
                    Bundle.QueueShutdown_title(), NotifyDescriptor.DEFAULT_OPTION, NotifyDescriptor.QUESTION_MESSAGE,
                    new Object[]{keep, cancel, NotifyDescriptor.CANCEL_OPTION}, keep);
            Object answer = DialogDisplayer.getDefault().notify(ask);
            if (keep.equals(answer) || cancel.equals(answer)) {
                keepJobs = keep.equals(answer);
                return true;
            }
            return false;
        }
    }

    @OnStop
    public static final class Stop implements Runnable {
        @Override
        public void run() {
            QueueService service = Lookup.getDefault().lookup(QueueService.class);
            if (service != null) {
                service.stop(keepJobs);
            }
        }
    }
}
