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
package org.sorastudio.postprocess.ui;

import java.nio.file.Path;

/**
 * One thing to tell the user, with what its actions act on.
 *
 * @param kind   which preference lets it through
 * @param title  the balloon's title
 * @param detail one or two sentences
 * @param folder where Open Folder goes, or {@code null}
 * @param clip   what Play plays, or {@code null}
 * @param rerun  what Re-run does (queue the same shot again), or {@code null} when it cannot be re-run
 * @param retry  what Retry does (run the clip's post-processing again), or {@code null}
 */
record Notice(Kind kind, String title, String detail, Path folder, Path clip, Runnable rerun, Runnable retry) {

    enum Kind { JOB_COMPLETED, JOB_FAILED, BATCH_FINISHED, BATCH_FAILED, POST_PROCESSING_FAILED }

    boolean wanted(NotificationPreferences preferences) {
        return switch (kind) {
            case JOB_COMPLETED -> preferences.jobCompleted();
            case JOB_FAILED -> preferences.jobFailed();
            case BATCH_FINISHED, BATCH_FAILED -> preferences.batchFinished();
            case POST_PROCESSING_FAILED -> preferences.postProcessingFailed();
        };
    }

    boolean isProblem() {
        return kind == Kind.JOB_FAILED || kind == Kind.BATCH_FAILED || kind == Kind.POST_PROCESSING_FAILED;
    }
}
