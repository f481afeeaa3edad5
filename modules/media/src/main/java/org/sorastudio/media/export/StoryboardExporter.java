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

import java.nio.file.Path;
import org.sorastudio.media.storyboard.Storyboard;

/**
 * Turns a storyboard into one MP4. Found through {@code Lookup.getDefault()}.
 *
 * <p>Output goes to a temporary file beside the target and is renamed into place only when ffmpeg
 * succeeds, so a failed or cancelled export never leaves a partial file behind.
 */
public interface StoryboardExporter {

    /**
     * Probes every clip, checks every item and chooses the export method. Blocks while ffprobe runs
     * (tens of milliseconds per clip): call it off the UI thread.
     *
     * @throws InvalidStoryboardException naming the first item that cannot be exported and why
     */
    ExportPlan plan(Storyboard storyboard) throws InvalidStoryboardException;

    /**
     * Starts ffmpeg in the background and returns at once.
     *
     * @param target   the MP4 to write; replaced if it exists
     * @param listener receives progress on a background thread
     * @throws ExportException when the target cannot be written (e.g. it is one of the clips, or its
     *                         folder cannot be created)
     */
    ExportJob start(ExportPlan plan, Path target, ExportListener listener) throws ExportException;

    /**
     * Like {@link #start(ExportPlan, Path, ExportListener)}, encoding at {@code quality}; plan a preview with its
     * storyboard's output already {@link ExportQuality#output scaled} so every item is fitted to the smaller size.
     * Implementations without a faster encoding write the export as it is.
     */
    default ExportJob start(ExportPlan plan, Path target, ExportListener listener, ExportQuality quality)
            throws ExportException {
        return start(plan, target, listener);
    }

    /** Plans, starts and waits: for the CLI, tests and benchmarks. */
    default ExportResult export(Storyboard storyboard, Path target, ExportListener listener)
            throws ExportException, InterruptedException {
        return start(plan(storyboard), target, listener).await();
    }
}
