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
package org.sorastudio.openai;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sorastudio.openai.impl.HttpVideoApiClient;

/**
 * A client of one server that speaks the OpenAI Videos API shape. Thread-safe; close it to release
 * its connections. Every method throws an {@link ApiException} subclass when the call fails after
 * the retries the {@link RetryPolicy} allows; creates and remixes whose outcome is unknown are never
 * retried (see {@link ApiException#isOutcomeUnknown()}).
 */
public interface VideoApiClient extends AutoCloseable {

    /** {@code POST /videos}: JSON, or multipart when the reference is a local file. */
    VideoResponse create(CreateVideoRequest request);

    /** {@code GET /videos/{id}}, with the server's polling hint. */
    VideoResponse retrieve(String videoId);

    /** {@code GET /videos}: one page. */
    VideoPage list(VideoListQuery query);

    /** Every video from the query's page on, fetching further pages lazily as the stream is consumed. */
    Stream<Video> listAll(VideoListQuery query);

    /** {@code DELETE /videos/{id}}. */
    DeletedVideo delete(String videoId);

    /**
     * {@code GET /videos/{id}/content}: streams the asset into a temporary file beside {@code
     * target}, checks its size against the server's length, and renames it over {@code target}.
     * A transfer cut short is resumed with a Range request (or restarted when the server will not
     * resume) within the retry budget; on failure {@code target} is left untouched.
     */
    DownloadResult downloadContent(String videoId, ContentVariant variant, Path target);

    /** {@code POST /videos/{id}/remix}: a new job from a completed video and a new prompt. */
    VideoResponse remix(String videoId, String prompt);

    /** {@code POST /videos/extensions}: a new job that continues a completed video; never retried once sent. */
    VideoResponse extend(ExtendVideoRequest request);

    /** {@code POST /videos/edits}: a new job that changes a completed video; never retried once sent. */
    VideoResponse edit(EditVideoRequest request);

    /** {@code POST /videos/characters}: multipart upload of the clip and the name; never retried once sent. */
    VideoCharacter createCharacter(CreateCharacterRequest request);

    /** {@code GET /videos/characters/{id}}. */
    VideoCharacter retrieveCharacter(String characterId);

    /** {@code GET /models}. */
    List<ModelInfo> listModels();

    /** {@code POST /moderations} for one or more texts, with the server's default model. */
    ModerationResult moderate(List<String> inputs);

    /**
     * {@code POST /responses}: a text answer from {@code model} to {@code input}, told {@code instructions}, in at most
     * {@code maxOutputTokens} tokens. Costs tokens, so it is never retried once it may have reached the server. A client
     * that cannot ask a language model refuses with {@link UnsupportedOperationException}.
     */
    default TextResponse respond(String model, String instructions, String input, int maxOutputTokens) {
        throw new UnsupportedOperationException("This client asks no language model");
    }

    void addRateLimitListener(RateLimitListener listener);

    void removeRateLimitListener(RateLimitListener listener);

    /** Told once per endpoint when the server sends {@code Deprecation} or {@code Sunset} headers. */
    void addDeprecationListener(DeprecationListener listener);

    void removeDeprecationListener(DeprecationListener listener);

    /**
     * Every deprecation this client heard so far, oldest first: {@code Deprecation}/{@code Sunset} headers (one per
     * endpoint) and models a listing gave a shutdown date (one per model).
     */
    default List<DeprecationNotice> deprecationNotices() {
        return List.of();
    }

    /** The rate-limit headers of the latest response, if any arrived yet. */
    Optional<RateLimitSnapshot> lastRateLimits();

    ClientSettings settings();

    /** Releases connections; calls in flight fail. */
    @Override
    void close();

    static Builder builder(URI baseUrl, String apiKey) {
        return new Builder(baseUrl, apiKey);
    }

    /** Collects {@link ClientSettings}; defaults: {@link RetryPolicy#DEFAULT}, 10 s connect, 120 s read. */
    final class Builder {

        private final URI baseUrl;
        private final String apiKey;
        private String organizationId;
        private String projectId;
        private final Map<String, String> extraHeaders = new LinkedHashMap<>();
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(120);
        private String userAgent = "SoraStudio/1.0";

        private Builder(URI baseUrl, String apiKey) {
            this.baseUrl = baseUrl;
            this.apiKey = apiKey;
        }

        public Builder organization(String id) {
            this.organizationId = id;
            return this;
        }

        public Builder project(String id) {
            this.projectId = id;
            return this;
        }

        /** A header the server wants on every request, e.g. a gateway's own key; logged redacted. */
        public Builder header(String name, String value) {
            extraHeaders.put(name, value);
            return this;
        }

        public Builder headers(Map<String, String> headers) {
            extraHeaders.putAll(headers);
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        public ClientSettings settings() {
            return new ClientSettings(baseUrl, apiKey, organizationId, projectId, extraHeaders, retryPolicy,
                    connectTimeout, readTimeout, userAgent);
        }

        public VideoApiClient build() {
            return new HttpVideoApiClient(settings());
        }
    }
}
