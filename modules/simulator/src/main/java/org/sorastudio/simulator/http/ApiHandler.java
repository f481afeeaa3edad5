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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.simulator.SimulatorConfig;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.sorastudio.simulator.render.ClipRenderer;
import org.sorastudio.simulator.videos.CharacterStore;
import org.sorastudio.simulator.videos.JobLog;
import org.sorastudio.simulator.videos.ModerationWords;
import org.sorastudio.simulator.videos.VideoStore;

/**
 * Every request under {@code /v1}: gives it an {@code x-request-id}, applies the configured delay,
 * checks the bearer key, charges the key's rate limit, injects server errors, then routes it to the
 * endpoint. Any {@link ApiError} becomes the API's error response.
 */
public final class ApiHandler implements HttpHandler {

    /** The path prefix every endpoint lives under; the handler is registered for it plus a slash. */
    public static final String BASE_PATH = "/v1";

    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

    private final VideoEndpoints videos;
    private final ModelEndpoints models;
    private final ModerationEndpoint moderations;
    private final ResponsesEndpoint responses;
    private final CharacterEndpoints characters;
    private final Set<String> validKeys;
    private final RateLimiter rateLimiter;
    private final long slowResponseMillis;
    private final AtomicInteger pendingServerErrors;
    private final AtomicLong serverErrorsSent = new AtomicLong();
    private final AtomicLong requestCount = new AtomicLong();
    private final AtomicLong createRequests = new AtomicLong();
    /** 0, or the 5xx status every create and remix answers. */
    private final int createServerError;
    private final boolean listVideos;

    /** The {@code Sunset} header value for {@code /videos}, or null. */
    private final String videosSunset;

    ApiHandler(VideoEndpoints videos, CharacterEndpoints characters, ModelEndpoints models, ModerationEndpoint moderations,
               ResponsesEndpoint responses, Set<String> validKeys,
               RateLimiter rateLimiter, long slowResponseMillis, int serverErrorBurst, LocalDate videosSunset,
               int createServerError, boolean listVideos) {
        this.createServerError = createServerError;
        this.listVideos = listVideos;
        this.videosSunset = videosSunset == null ? null
                : DateTimeFormatter.RFC_1123_DATE_TIME.format(videosSunset.atStartOfDay(ZoneOffset.UTC));
        this.videos = videos;
        this.characters = characters;
        this.models = models;
        this.moderations = moderations;
        this.responses = responses;
        this.validKeys = validKeys;
        this.rateLimiter = rateLimiter;
        this.slowResponseMillis = slowResponseMillis;
        this.pendingServerErrors = new AtomicInteger(serverErrorBurst);
    }

    /**
     * Wires the endpoints for one simulator run.
     *
     * @param jobLog         the jobs of earlier runs, and where new ones are recorded
     * @param charactersFile where characters are kept across runs, or null to keep them in memory
     */
    public static ApiHandler create(SimulatorConfig config, ClipRenderer renderer, JobLog jobLog, Path charactersFile) {
        ModerationWords moderationWords = new ModerationWords(config.moderationWords());
        VideoStore store = new VideoStore(config.seed(), config.renderMillisPerVideoSecond(), config.failureRate(),
                moderationWords, config.stickAt99(), config.maxConcurrentJobs(), jobLog);
        // Cached clips of jobs deleted in earlier runs are not needed any more.
        renderer.retainOnly(store.jobs().stream().flatMap(job -> VideoEndpoints.clipSpecs(job.spec())).toList());
        long pollAfterMillis = Math.max(10, Math.min(config.renderMillisPerVideoSecond(), 2000));
        ModelSunsets sunsets = new ModelSunsets(config.modelSunsets());
        VideoEndpoints videos = new VideoEndpoints(store, renderer, new ContentSender(config.resetDownloadAfterBytes()),
                new CreateQuota(config.createQuota(), store.acceptedPerKeyId()), pollAfterMillis,
                System::currentTimeMillis, sunsets);
        CharacterEndpoints characters = new CharacterEndpoints(new CharacterStore(charactersFile, config.seed()),
                System::currentTimeMillis);
        return new ApiHandler(videos, characters, new ModelEndpoints(sunsets), new ModerationEndpoint(moderationWords, config.seed()),
                new ResponsesEndpoint(moderationWords, config.seed(), System::currentTimeMillis), config.validKeys(),
                new RateLimiter(config.requestsPerMinute()), config.slowResponseMillis(),
                config.serverErrorBurst(), config.videosSunset(), config.createServerError(), config.listVideos());
    }

    /** Every create and remix accepted, earlier runs included. */
    public long acceptedCreates() {
        return videos.acceptedCreates();
    }

    /** Creates and remixes received so far, whatever they were answered. */
    public long createRequests() {
        return createRequests.get();
    }

    /** Requests received so far, answered or not. */
    public long requestCount() {
        return requestCount.get();
    }

    /** Makes the next {@code n} requests (after authentication) answer 500 or 503. */
    public void injectServerErrors(int n) {
        pendingServerErrors.addAndGet(n);
    }

    @Override
    public void handle(HttpExchange httpExchange) throws IOException {
        requestCount.incrementAndGet();
        httpExchange.getResponseHeaders().set("x-request-id", "req_" + HexFormat.of().formatHex(randomBytes()));
        String path = httpExchange.getRequestURI().getPath().substring(BASE_PATH.length()).replaceAll("/+$", "");
        ApiExchange exchange = new ApiExchange(httpExchange, path);
        if (videosSunset != null && path.startsWith("/videos")) {
            exchange.responseHeader("Deprecation", "true");
            exchange.responseHeader("Sunset", videosSunset);
        }
        try {
            pause();
            authenticate(exchange);
            route(exchange);
        } catch (ApiError error) {
            error.headers().forEach(exchange::responseHeader);
            exchange.sendJson(error.status(), error.body());
        } catch (ContentSender.ConnectionCutException cut) {
            LOG.log(Level.FINE, "Cutting the connection: {0}", cut.getMessage());
            throw cut; // the server drops a connection whose handler fails
        } catch (IOException e) {
            LOG.log(Level.FINE, "Client went away during " + exchange.method() + " " + path, e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure handling " + exchange.method() + " " + path, e);
            ApiError error = ApiError.serverError(500);
            exchange.sendJson(error.status(), error.body());
        } finally {
            httpExchange.close();
        }
    }

    private void pause() {
        if (slowResponseMillis > 0) {
            try {
                Thread.sleep(slowResponseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiError.serverError(503);
            }
        }
    }

    private void authenticate(ApiExchange exchange) {
        String authorization = exchange.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            throw ApiError.invalidApiKey("You didn't provide an API key. You need to provide your API key in an "
                    + "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).");
        }
        String key = authorization.substring(7).trim();
        if (!validKeys.isEmpty() && !validKeys.contains(key)) {
            throw ApiError.invalidApiKey("Incorrect API key provided: " + redact(key) + ". You can find your API key "
                    + "at https://platform.openai.com/account/api-keys.");
        }
        exchange.apiKey(key);
        RateLimiter.Decision decision = rateLimiter.acquire(key, System.nanoTime());
        decision.writeHeaders(exchange);
        if (!decision.allowed()) {
            throw ApiError.rateLimited(decision.rejectionMessage(), decision.retryAfterMillis());
        }
        if (pendingServerErrors.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw ApiError.serverError(serverErrorsSent.getAndIncrement() % 2 == 0 ? 500 : 503);
        }
    }

    private void route(ApiExchange exchange) throws IOException {
        String[] segments = exchange.path().isEmpty() ? new String[0] : exchange.path().substring(1).split("/");
        String method = exchange.method();
        String first = segments.length > 0 ? segments[0] : "";
        switch (first + "/" + segments.length + " " + method) {
            case "videos/1 POST" -> {
                receiveCreate();
                videos.create(exchange);
            }
            case "videos/1 GET" -> {
                if (!listVideos) {
                    throw ApiError.invalidUrl(method, BASE_PATH + exchange.path());
                }
                videos.list(exchange);
            }
            case "videos/2 GET" -> videos.retrieve(exchange, segments[1]);
            case "videos/2 DELETE" -> videos.delete(exchange, segments[1]);
            case "videos/2 POST" -> routeVideoOperation(exchange, segments[1]);
            case "models/1 GET" -> models.list(exchange);
            case "models/2 GET" -> models.retrieve(exchange, segments[1]);
            case "moderations/1 POST" -> moderations.create(exchange);
            case "responses/1 POST" -> responses.create(exchange);
            default -> routeVideoAction(exchange, segments, method);
        }
    }

    /** {@code POST /videos/extensions}, {@code /videos/edits}, {@code /videos/characters}. */
    private void routeVideoOperation(ApiExchange exchange, String operation) throws IOException {
        switch (operation) {
            case "extensions" -> {
                receiveCreate();
                videos.extend(exchange);
            }
            case "edits" -> {
                receiveCreate();
                videos.edit(exchange);
            }
            case "characters" -> characters.create(exchange);
            default -> throw ApiError.invalidUrl(exchange.method(), BASE_PATH + exchange.path());
        }
    }

    private void routeVideoAction(ApiExchange exchange, String[] segments, String method) throws IOException {
        String action = segments.length == 3 && segments[0].equals("videos") ? segments[2] + " " + method : "";
        if (segments.length == 3 && segments[0].equals("videos") && segments[1].equals("characters")
                && method.equals("GET")) {
            characters.retrieve(exchange, segments[2]);
            return;
        }
        switch (action) {
            case "content GET" -> videos.content(exchange, segments[1]);
            case "remix POST" -> {
                receiveCreate();
                videos.remix(exchange, segments[1]);
            }
            default -> throw ApiError.invalidUrl(method, BASE_PATH + exchange.path());
        }
    }

    private void receiveCreate() {
        createRequests.incrementAndGet();
        if (createServerError != 0) {
            throw ApiError.serverError(createServerError);
        }
    }

    private static String redact(String key) {
        return key.length() <= 8 ? "****" : key.substring(0, 3) + "*".repeat(4) + key.substring(key.length() - 4);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
