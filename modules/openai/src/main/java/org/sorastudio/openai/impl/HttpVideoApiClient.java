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
package org.sorastudio.openai.impl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sorastudio.openai.ClientSettings;
import org.sorastudio.openai.ContentVariant;
import org.sorastudio.openai.CreateCharacterRequest;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.DeletedVideo;
import org.sorastudio.openai.DeprecationListener;
import org.sorastudio.openai.DeprecationNotice;
import org.sorastudio.openai.DownloadResult;
import org.sorastudio.openai.EditVideoRequest;
import org.sorastudio.openai.ExtendVideoRequest;
import org.sorastudio.openai.ModelInfo;
import org.sorastudio.openai.ModerationResult;
import org.sorastudio.openai.TextResponse;
import org.sorastudio.openai.RateLimitListener;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.SecretRedactor;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoCharacter;
import org.sorastudio.openai.VideoListQuery;
import org.sorastudio.openai.VideoPage;
import org.sorastudio.openai.VideoResponse;

/** {@link VideoApiClient} over Apache HttpClient 5. */
public final class HttpVideoApiClient implements VideoApiClient {

    private final ClientSettings settings;
    private final RateLimitBoard rateLimits = new RateLimitBoard();
    private final DeprecationBoard deprecations;
    private final ApiTransport transport;
    private final RetryingExecutor executor;
    private final ContentDownload downloads;

    public HttpVideoApiClient(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        List<String> secrets = new ArrayList<>(settings.extraHeaders().values());
        secrets.add(settings.apiKey());
        SecretRedactor redactor = new SecretRedactor(settings.extraHeaders().keySet(), secrets);
        this.deprecations = new DeprecationBoard(settings.baseUrl().toString());
        this.transport = new ApiTransport(settings, redactor, rateLimits, deprecations, Clock.systemUTC());
        FailureClassifier classifier = new FailureClassifier(settings.baseUrl().toString(), redactor);
        this.executor = new RetryingExecutor(transport, classifier, settings.retryPolicy(), RandomGenerator.getDefault());
        this.downloads = new ContentDownload(transport, classifier, executor);
    }

    @Override
    public VideoResponse create(CreateVideoRequest request) {
        Objects.requireNonNull(request, "request");
        return executor.execute(ApiRequest.create("/videos", RequestBodies.createVideo(request)),
                HttpVideoApiClient::videoResponse);
    }

    @Override
    public VideoResponse retrieve(String videoId) {
        return executor.execute(ApiRequest.get("/videos/" + segment(videoId)), HttpVideoApiClient::videoResponse);
    }

    @Override
    public VideoPage list(VideoListQuery query) {
        StringBuilder path = new StringBuilder("/videos");
        char separator = '?';
        if (query.limit() != null) {
            path.append(separator).append("limit=").append(query.limit());
            separator = '&';
        }
        if (query.order() != null) {
            path.append(separator).append("order=").append(query.order().wireValue());
            separator = '&';
        }
        if (query.after() != null) {
            path.append(separator).append("after=").append(URLEncoder.encode(query.after(), StandardCharsets.UTF_8));
        }
        return executor.execute(ApiRequest.get(path.toString()), response -> ApiJson.videoPage(ApiJson.object(response.body())));
    }

    @Override
    public Stream<Video> listAll(VideoListQuery query) {
        VideoPager pager = new VideoPager(this::list, query);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pager, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public DeletedVideo delete(String videoId) {
        return executor.execute(ApiRequest.delete("/videos/" + segment(videoId)),
                response -> ApiJson.deletedVideo(ApiJson.object(response.body()), videoId));
    }

    @Override
    public DownloadResult downloadContent(String videoId, ContentVariant variant, Path target) {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(target, "target");
        return downloads.download(ApiRequest.get("/videos/" + segment(videoId) + "/content?variant=" + variant.wireValue()),
                target);
    }

    @Override
    public VideoResponse remix(String videoId, String prompt) {
        Objects.requireNonNull(prompt, "prompt");
        return executor.execute(ApiRequest.create("/videos/" + segment(videoId) + "/remix", RequestBodies.remix(prompt)),
                HttpVideoApiClient::videoResponse);
    }

    @Override
    public VideoResponse extend(ExtendVideoRequest request) {
        Objects.requireNonNull(request, "request");
        return executor.execute(ApiRequest.create("/videos/extensions", RequestBodies.extend(request)),
                HttpVideoApiClient::videoResponse);
    }

    @Override
    public VideoResponse edit(EditVideoRequest request) {
        Objects.requireNonNull(request, "request");
        return executor.execute(ApiRequest.create("/videos/edits", RequestBodies.edit(request)),
                HttpVideoApiClient::videoResponse);
    }

    @Override
    public VideoCharacter createCharacter(CreateCharacterRequest request) {
        Objects.requireNonNull(request, "request");
        return executor.execute(ApiRequest.create("/videos/characters", RequestBodies.character(request)),
                response -> ApiJson.character(ApiJson.object(response.body()), response.requestId()));
    }

    @Override
    public VideoCharacter retrieveCharacter(String characterId) {
        return executor.execute(ApiRequest.get("/videos/characters/" + segment(characterId)),
                response -> ApiJson.character(ApiJson.object(response.body()), response.requestId()));
    }

    @Override
    public List<ModelInfo> listModels() {
        List<ModelInfo> models = executor.execute(ApiRequest.get("/models"), response -> ApiJson.models(ApiJson.object(response.body())));
        deprecations.observe(models);
        return models;
    }

    @Override
    public ModerationResult moderate(List<String> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("moderation needs at least one input");
        }
        return executor.execute(ApiRequest.query("/moderations", RequestBodies.moderation(inputs)),
                response -> ApiJson.moderation(ApiJson.object(response.body())));
    }

    @Override
    public TextResponse respond(String model, String instructions, String input, int maxOutputTokens) {
        return executor.execute(ApiRequest.create("/responses", RequestBodies.response(model, instructions, input, maxOutputTokens)),
                response -> ApiJson.textResponse(ApiJson.object(response.body())));
    }

    @Override
    public void addRateLimitListener(RateLimitListener listener) {
        rateLimits.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeRateLimitListener(RateLimitListener listener) {
        rateLimits.remove(listener);
    }

    @Override
    public void addDeprecationListener(DeprecationListener listener) {
        deprecations.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeDeprecationListener(DeprecationListener listener) {
        deprecations.remove(listener);
    }

    @Override
    public List<DeprecationNotice> deprecationNotices() {
        return deprecations.heard();
    }

    @Override
    public Optional<RateLimitSnapshot> lastRateLimits() {
        return rateLimits.latest();
    }

    @Override
    public ClientSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        transport.close();
    }

    private static VideoResponse videoResponse(ApiResponse response) {
        return new VideoResponse(ApiJson.video(ApiJson.object(response.body())), response.pollAfter(), response.requestId());
    }

    /** A video id as one path segment; ids never need escaping, but a pasted id may hold anything. */
    private static String segment(String videoId) {
        Objects.requireNonNull(videoId, "videoId");
        if (videoId.isBlank()) {
            throw new IllegalArgumentException("video id must not be empty");
        }
        return URLEncoder.encode(videoId.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
