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
