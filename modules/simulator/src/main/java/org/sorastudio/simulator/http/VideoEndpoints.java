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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.LongSupplier;
import org.sorastudio.simulator.render.ClipRenderer;
import org.sorastudio.simulator.render.ClipSpec;
import org.sorastudio.simulator.render.RenderedClip;
import org.sorastudio.simulator.videos.VideoJob;
import org.sorastudio.simulator.videos.VideoSpec;
import org.sorastudio.simulator.videos.VideoState;
import org.sorastudio.simulator.videos.VideoStatus;
import org.sorastudio.simulator.videos.VideoStore;

/** {@code /videos}, {@code /videos/{id}}, {@code /videos/{id}/content} and {@code /videos/{id}/remix}. */
final class VideoEndpoints {

    private static final Logger LOG = Logger.getLogger(VideoEndpoints.class.getName());
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final long RENDER_WAIT_SECONDS = 150;
    private static final List<String> VARIANTS = List.of("video", "thumbnail", "spritesheet");
    private static final List<String> ORDERS = List.of("asc", "desc");

    private final VideoStore store;
    private final ClipRenderer renderer;
    private final UploadedSources uploads;
    private final ContentSender contentSender;
    private final CreateQuota quota;
    private final long pollAfterMillis;
    private final LongSupplier clock;
    private final ModelSunsets sunsets;

    VideoEndpoints(VideoStore store, ClipRenderer renderer, ContentSender contentSender, CreateQuota quota,
                   long pollAfterMillis, LongSupplier clock, ModelSunsets sunsets) {
        this.sunsets = sunsets;
        this.store = store;
        this.renderer = renderer;
        this.uploads = new UploadedSources(renderer);
        this.contentSender = contentSender;
        this.quota = quota;
        this.pollAfterMillis = pollAfterMillis;
        this.clock = clock;
    }

    void create(ApiExchange exchange) throws IOException {
        VideoSpec spec = VideoRequestReader.readCreate(exchange.header("Content-Type"), exchange.body());
        accept(exchange, spec, null);
    }

    void remix(ApiExchange exchange, String id) throws IOException {
        String prompt = VideoRequestReader.readRemixPrompt(exchange.header("Content-Type"), exchange.body());
        VideoJob source = find(id);
        VideoState state = source.stateAt(clock.getAsLong(), store.stickAt99());
        if (state.status() != VideoStatus.COMPLETED) {
            throw ApiError.invalidRequest("Video '" + id + "' is " + state.status().apiName()
                    + "; only completed videos can be remixed.", "video_id", "invalid_value");
        }
        VideoSpec sourceSpec = source.spec();
        accept(exchange, new VideoSpec(sourceSpec.model(), prompt, sourceSpec.size(), sourceSpec.seconds()), id);
    }

    /** {@code POST /videos/extensions}: the source continued by {@code seconds} more, stitched into one video. */
    void extend(ApiExchange exchange) throws IOException {
        VideoRequestReader.Derive request = VideoRequestReader.readExtension(exchange.header("Content-Type"),
                exchange.body());
        VideoSpec.Derivation from = source(request, VideoSpec.Kind.EXTENSION, "extended");
        VideoSpec source = from.source();
        int total = source.durationSeconds() + Integer.parseInt(request.seconds());
        accept(exchange, new VideoSpec(source.model(), request.prompt(), source.size(), Integer.toString(total), from),
                null);
    }

    /** {@code POST /videos/edits}: a changed copy of the source, as long as it. */
    void edit(ApiExchange exchange) throws IOException {
        VideoRequestReader.Derive request = VideoRequestReader.readEdit(exchange.header("Content-Type"), exchange.body());
        VideoSpec.Derivation from = source(request, VideoSpec.Kind.EDIT, "edited");
        VideoSpec source = from.source();
        accept(exchange, new VideoSpec(source.model(), request.prompt(), source.size(), source.seconds(), from), null);
    }

    /** The source of an extension or edit: an uploaded video, checked and kept, or a completed one of ours. */
    private VideoSpec.Derivation source(VideoRequestReader.Derive request, VideoSpec.Kind kind, String done) {
        if (request.upload() != null) {
            return uploads.accept(request.upload(), kind);
        }
        return new VideoSpec.Derivation(kind, request.videoId(), completedSource(request.videoId(), done));
    }

    /** The spec of a video that exists and is completed; unknown, deleted, unfinished and failed ones are refused. */
    private VideoSpec completedSource(String id, String done) {
        VideoJob source = store.find(id).orElseThrow(() -> ApiError.notFound("Video with id '" + id + "' not found.",
                "video"));
        VideoState state = source.stateAt(clock.getAsLong(), store.stickAt99());
        if (state.status() != VideoStatus.COMPLETED) {
            throw ApiError.invalidRequest("Video '" + id + "' is " + state.status().apiName()
                    + "; only completed videos can be " + done + ".", "video", "invalid_value");
        }
        return source.spec();
    }

    void retrieve(ApiExchange exchange, String id) throws IOException {
        sendVideo(exchange, find(id));
    }

    void list(ApiExchange exchange) throws IOException {
        int limit = limit(exchange.queryParameter("limit"));
        String order = exchange.queryParameter("order") == null ? "desc" : exchange.queryParameter("order");
        if (!ORDERS.contains(order)) {
            throw ApiError.invalidValue("order", order, ORDERS);
        }
        String after = exchange.queryParameter("after");
        if (after != null && !store.issued(after)) {
            throw ApiError.invalidRequest("Invalid 'after': no video with id '" + after + "' was found.", "after",
                    "invalid_value");
        }
        exchange.sendJson(200, VideoJson.list(store.list(order.equals("asc"), after, limit), clock.getAsLong(),
                store.stickAt99()));
    }

    void delete(ApiExchange exchange, String id) throws IOException {
        VideoStore.DeleteResult result;
        try {
            result = store.delete(id, clock.getAsLong());
        } catch (IOException e) {
            throw notRecorded("deletion", e);
        }
        switch (result) {
            case DELETED -> exchange.sendJson(200, VideoJson.deleted(id));
            case NOT_FOUND -> throw notFound(id);
            case NOT_FINISHED -> throw ApiError.invalidRequest("Video '" + id + "' is still being generated; only "
                    + "completed or failed videos can be deleted.", "video_id", "invalid_value");
        }
    }

    void content(ApiExchange exchange, String id) throws IOException {
        String variant = exchange.queryParameter("variant") == null ? "video" : exchange.queryParameter("variant");
        if (!VARIANTS.contains(variant)) {
            throw ApiError.invalidValue("variant", variant, VARIANTS);
        }
        VideoJob job = find(id);
        long now = clock.getAsLong();
        if (job.stateAt(now, store.stickAt99()).status() == VideoStatus.FAILED) {
            throw ApiError.notFound("Video '" + id + "' failed to generate and has no content.", "video_id");
        }
        if (!job.contentReadyAt(now)) {
            throw ApiError.notFound("Video is not ready yet, use GET /v1/videos/" + id + " to check status.",
                    "video_id");
        }
        RenderedClip clip = rendered(job.spec());
        Path file = switch (variant) {
            case "thumbnail" -> clip.thumbnail();
            case "spritesheet" -> clip.spritesheet();
            default -> clip.video();
        };
        contentSender.send(exchange, id + "/" + variant, file, variant.equals("video") ? "video/mp4" : "image/webp");
    }

    /** Every create and remix accepted, earlier runs included. */
    long acceptedCreates() {
        return store.acceptedCount();
    }

    private void accept(ApiExchange exchange, VideoSpec spec, String remixedFromId) throws IOException {
        String keyId = VideoStore.keyId(exchange.apiKey());
        quota.take(keyId);
        VideoJob job;
        try {
            job = store.accept(spec, remixedFromId, keyId, clock.getAsLong());
        } catch (IOException e) {
            quota.giveBack(keyId);
            throw notRecorded("job", e);
        }
        sendVideo(exchange, job);
    }

    /** The state folder could not record a change, so it was not made: the client may retry. */
    private static ApiError notRecorded(String what, IOException e) {
        LOG.log(Level.WARNING, "The simulator could not record a " + what, e);
        return new ApiError(500, "server_error", "The simulator could not record the " + what + ": " + e.getMessage(),
                null, null);
    }

    private void sendVideo(ApiExchange exchange, VideoJob job) throws IOException {
        VideoState state = job.stateAt(clock.getAsLong(), store.stickAt99());
        if (!state.status().isTerminal()) {
            exchange.responseHeader("openai-poll-after-ms", Long.toString(pollAfterMillis));
        }
        sunsets.announce(exchange, job.spec().model());
        exchange.sendJson(200, VideoJson.video(job, state));
    }

    private RenderedClip rendered(VideoSpec spec) {
        try {
            return renderer.render(clipSpec(spec)).get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new ApiError(500, "server_error", "The video could not be rendered: " + e.getCause().getMessage(),
                    null, null);
        } catch (TimeoutException e) {
            throw new ApiError(500, "server_error", "Rendering the video took longer than " + RENDER_WAIT_SECONDS
                    + " s.", null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "server_error", "The simulator is shutting down.", null, null);
        }
    }

    /** What the clip of a job looks like. */
    static ClipSpec clipSpec(VideoSpec spec) {
        VideoSpec.Derivation from = spec.derivedFrom();
        ClipSpec uploaded = from == null ? null : UploadedSources.clipSpec(from);
        ClipSpec.Base base = from == null ? null : new ClipSpec.Base(from.kind() == VideoSpec.Kind.EXTENSION
                ? ClipSpec.Treatment.CONTINUE : ClipSpec.Treatment.RECOLOUR,
                uploaded != null ? uploaded : clipSpec(from.source()));
        return new ClipSpec(spec.width(), spec.height(), spec.durationSeconds(), spec.prompt(), base);
    }

    /** The clips a job's content is made of: its own and those of the videos it extends or edits. */
    static java.util.stream.Stream<ClipSpec> clipSpecs(VideoSpec spec) {
        ClipSpec own = clipSpec(spec);
        return java.util.stream.Stream.iterate(own, clip -> clip != null,
                clip -> clip.base() == null ? null : clip.base().clip());
    }

    private VideoJob find(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static ApiError notFound(String id) {
        return ApiError.notFound("Video with id '" + id + "' not found.", "video_id");
    }

    private static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiError.invalidRequest("Invalid 'limit': expected an integer, but got '" + raw + "' instead.",
                    "limit", "invalid_type");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw ApiError.invalidRequest("Invalid 'limit': expected a value between 0 and " + MAX_LIMIT
                    + ", but got " + limit + " instead.", "limit", "invalid_value");
        }
        return limit;
    }
}
