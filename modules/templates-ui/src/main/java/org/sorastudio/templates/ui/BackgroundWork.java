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
package org.sorastudio.templates.ui;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.RequestProcessor;

/**
 * Runs disk work off the EDT, one job at a time and in order, and hands the outcome back on the
 * EDT. One per window, so a slow import never reorders a later save.
 */
public final class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    /** Work that may fail with a checked exception. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    private final RequestProcessor processor;

    public BackgroundWork(String name) {
        this.processor = new RequestProcessor(name, 1);
    }

    /**
     * Runs {@code job} in the background; {@code onDone} or {@code onFailure} then runs on the EDT.
     * Unexpected runtime failures are logged as well, since they point at a bug.
     */
    public <T> RequestProcessor.Task submit(Job<T> job, Consumer<? super T> onDone, Consumer<Exception> onFailure) {
        return processor.post(() -> {
            try {
                T result = job.run();
                SwingUtilities.invokeLater(() -> onDone.accept(result));
            } catch (Exception e) {
                if (e instanceof RuntimeException) {
                    LOG.log(Level.WARNING, "Background job failed", e);
                } else {
                    LOG.log(Level.FINE, "Background job failed", e);
                }
                SwingUtilities.invokeLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Like {@link #submit}, showing {@code title} with a progress handle while the job runs. */
    public <T> RequestProcessor.Task submit(String title, Job<T> job, Consumer<? super T> onDone, Consumer<Exception> onFailure) {
        return submit(() -> {
            ProgressHandle progress = ProgressHandle.createHandle(title);
            progress.start();
            try {
                return job.run();
            } finally {
                progress.finish();
            }
        }, onDone, onFailure);
    }
}
