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
