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
package org.sorastudio.simulator.http;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.simulator.render.ClipRenderer;
import org.sorastudio.simulator.render.ClipSpec;
import org.sorastudio.simulator.render.VideoProbe;
import org.sorastudio.simulator.videos.VideoModels;
import org.sorastudio.simulator.videos.VideoSpec;

/**
 * A source video uploaded to {@code POST /videos/extensions} or {@code /videos/edits} instead of referenced: checked
 * (a video, not too long, not huge), then kept by the renderer as a clip of its own. The derived video is rendered from
 * it like from a generated source; its spec names it {@value #SOURCE_PREFIX}DIGEST, so it renders again after a restart
 * with a state directory.
 */
final class UploadedSources {

    private static final Logger LOG = Logger.getLogger(UploadedSources.class.getName());
    /** How a derivation's source id names an uploaded video. */
    static final String SOURCE_PREFIX = "upload:";
    /** Longest uploaded source: the simulator's bound, the longest segment an extension may add (the description names none). */
    static final double MAX_SECONDS = 20;
    /** Shortest: one whole second, the unit the API counts video lengths in. */
    static final double MIN_SECONDS = 1;
    /** Largest upload: the simulator's own bound (the description names none), under its 64 MB request limit. */
    static final int MAX_BYTES = 50 * 1024 * 1024;
    /** A clip cut at whole seconds may round its duration a little over. */
    private static final double DURATION_SLACK = 0.1;

    private final ClipRenderer renderer;

    UploadedSources(ClipRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The spec of an uploaded source, as a derivation records it: the default model, the landscape or portrait size
     * the upload is closest to (it is letterboxed into it), its whole seconds.
     */
    VideoSpec.Derivation accept(byte[] video, VideoSpec.Kind kind) {
        if (video.length > MAX_BYTES) {
            throw ApiError.invalidRequest(String.format(Locale.ROOT, "Invalid 'video': the file is %.1f MB; an uploaded "
                    + "video may be at most %d MB.", video.length / 1048576.0, MAX_BYTES / 1048576), "video",
                    "file_too_large");
        }
        VideoProbe.Video probed = probe(video);
        if (probed.seconds() > MAX_SECONDS + DURATION_SLACK || probed.seconds() < MIN_SECONDS) {
            throw ApiError.invalidRequest(String.format(Locale.ROOT, "Invalid 'video': the clip is %.1f seconds long; "
                    + "an uploaded video must be between %.0f and %.0f seconds.", probed.seconds(), MIN_SECONDS,
                    MAX_SECONDS), "video", "invalid_value");
        }
        String size = probed.height() > probed.width() ? "720x1280" : "1280x720";
        int seconds = (int) Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, Math.floor(probed.seconds() + DURATION_SLACK)));
        VideoSpec spec = new VideoSpec(VideoModels.DEFAULT_MODEL, "", size, Integer.toString(seconds));
        ClipSpec kept;
        try {
            kept = renderer.importUpload(video, probed, spec.width(), spec.height(), seconds);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The simulator could not keep an uploaded video", e);
            throw new ApiError(500, "server_error", "The simulator could not read the uploaded video: " + e.getMessage(),
                    null, null);
        }
        return new VideoSpec.Derivation(kind, SOURCE_PREFIX + kept.upload(), spec);
    }

    /** The clip spec of a derivation's uploaded source, or null when the source is one of the simulator's videos. */
    static ClipSpec clipSpec(VideoSpec.Derivation from) {
        if (!from.sourceId().startsWith(SOURCE_PREFIX)) {
            return null;
        }
        VideoSpec source = from.source();
        return ClipSpec.uploaded(source.width(), source.height(), source.durationSeconds(),
                from.sourceId().substring(SOURCE_PREFIX.length()));
    }

    private static VideoProbe.Video probe(byte[] video) {
        try {
            return VideoProbe.probe(video).filter(probed -> probed.width() > 0 && probed.height() > 0)
                    .orElseThrow(() -> ApiError.invalidRequest("Invalid 'video': the file is not a video (upload an MP4, "
                            + "MOV or WebM clip).", "video", "invalid_value"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not probe an uploaded source video", e);
            throw new ApiError(500, "server_error", "The simulator could not read the upload: " + e.getMessage(), null,
                    null);
        }
    }
}
