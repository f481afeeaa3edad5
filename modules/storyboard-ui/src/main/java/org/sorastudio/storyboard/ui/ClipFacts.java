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
package org.sorastudio.storyboard.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.media.probe.MediaProbeException;

/** ffprobe's facts about each clip, probed once off the EDT and kept for the editor's lifetime. */
final class ClipFacts {

    private final MediaProbe probe;
    private final Executor executor;
    private final Map<Path, CompletableFuture<MediaInfo>> cache = new ConcurrentHashMap<>();

    ClipFacts(MediaProbe probe, Executor executor) {
        this.probe = probe;
        this.executor = executor;
    }

    /** Completes with the facts, or exceptionally with the {@link MediaProbeException} explaining the file. */
    CompletableFuture<MediaInfo> of(Path file) {
        return cache.computeIfAbsent(file.toAbsolutePath().normalize(), key -> CompletableFuture.supplyAsync(() -> {
            try {
                return probe.probe(key);
            } catch (MediaProbeException e) {
                throw new CompletionException(e);
            }
        }, executor));
    }

    /** The facts if already known, else {@code null}. */
    MediaInfo known(Path file) {
        CompletableFuture<MediaInfo> future = cache.get(file.toAbsolutePath().normalize());
        return future != null && future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
    }
}
