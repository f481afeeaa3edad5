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
package org.sorastudio.queue.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sorastudio.openai.ClientSettings;
import org.sorastudio.openai.ContentVariant;
import org.sorastudio.openai.CreateCharacterRequest;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.DeletedVideo;
import org.sorastudio.openai.DeprecationListener;
import org.sorastudio.openai.DownloadResult;
import org.sorastudio.openai.EditVideoRequest;
import org.sorastudio.openai.ExtendVideoRequest;
import org.sorastudio.openai.ModelInfo;
import org.sorastudio.openai.ModerationResult;
import org.sorastudio.openai.RateLimitListener;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoCharacter;
import org.sorastudio.openai.VideoListQuery;
import org.sorastudio.openai.VideoPage;
import org.sorastudio.openai.VideoResponse;

/** A client that counts the status requests made through it ({@code GET /videos/{id}} and {@code GET /videos} pages). */
final class CountingClient implements VideoApiClient {

    private final VideoApiClient client;
    private final AtomicLong statusRequests = new AtomicLong();

    CountingClient(VideoApiClient client) {
        this.client = client;
    }

    long statusRequests() {
        return statusRequests.get();
    }

    @Override
    public VideoResponse create(CreateVideoRequest request) {
        return client.create(request);
    }

    @Override
    public VideoResponse retrieve(String videoId) {
        statusRequests.incrementAndGet();
        return client.retrieve(videoId);
    }

    @Override
    public VideoPage list(VideoListQuery query) {
        statusRequests.incrementAndGet();
        return client.list(query);
    }

    @Override
    public Stream<Video> listAll(VideoListQuery query) {
        // pages are fetched lazily through list() by the real client; count the first here, approximately
        statusRequests.incrementAndGet();
        return client.listAll(query);
    }

    @Override
    public DeletedVideo delete(String videoId) {
        return client.delete(videoId);
    }

    @Override
    public DownloadResult downloadContent(String videoId, ContentVariant variant, Path target) {
        return client.downloadContent(videoId, variant, target);
    }

    @Override
    public VideoResponse remix(String videoId, String prompt) {
        return client.remix(videoId, prompt);
    }

    @Override
    public VideoResponse extend(ExtendVideoRequest request) {
        return client.extend(request);
    }

    @Override
    public VideoResponse edit(EditVideoRequest request) {
        return client.edit(request);
    }

    @Override
    public VideoCharacter createCharacter(CreateCharacterRequest request) {
        return client.createCharacter(request);
    }

    @Override
    public VideoCharacter retrieveCharacter(String characterId) {
        return client.retrieveCharacter(characterId);
    }

    @Override
    public List<ModelInfo> listModels() {
        return client.listModels();
    }

    @Override
    public ModerationResult moderate(List<String> inputs) {
        return client.moderate(inputs);
    }

    @Override
    public void addRateLimitListener(RateLimitListener listener) {
        client.addRateLimitListener(listener);
    }

    @Override
    public void removeRateLimitListener(RateLimitListener listener) {
        client.removeRateLimitListener(listener);
    }

    @Override
    public void addDeprecationListener(DeprecationListener listener) {
        client.addDeprecationListener(listener);
    }

    @Override
    public void removeDeprecationListener(DeprecationListener listener) {
        client.removeDeprecationListener(listener);
    }

    @Override
    public Optional<RateLimitSnapshot> lastRateLimits() {
        return client.lastRateLimits();
    }

    @Override
    public ClientSettings settings() {
        return client.settings();
    }

    @Override
    public void close() {
        client.close();
    }
}
