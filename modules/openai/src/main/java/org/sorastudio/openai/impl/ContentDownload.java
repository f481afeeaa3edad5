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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.DownloadResult;

/**
 * One download of a video asset into a file: streamed into a temporary file in the target's
 * folder, resumed with {@code Range: bytes=N-} after a cut when the server answers 206 (started
 * over when it answers 200), checked against the announced length, then renamed into place.
 */
final class ContentDownload {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
    private static final int BUFFER_BYTES = 64 * 1024;

    private final ApiTransport transport;
    private final FailureClassifier classifier;
    private final RetryingExecutor retries;

    ContentDownload(ApiTransport transport, FailureClassifier classifier, RetryingExecutor retries) {
        this.transport = transport;
        this.classifier = classifier;
        this.retries = retries;
    }

    DownloadResult download(ApiRequest request, Path target) {
        Path absolute = target.toAbsolutePath();
        Path part = LocalFile.createPart(absolute);
        try {
            return transfer(request, absolute, part);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // A leftover hidden .part file is harmless; the download's own outcome matters more.
            }
        }
    }

    private DownloadResult transfer(ApiRequest request, Path target, Path part) {
        Backoff backoff = retries.newBackoff();
        Progress progress = new Progress();
        for (int attempt = 1; ; attempt++) {
            ApiRequest attemptRequest = progress.written > 0
                    ? request.withHeaders(Map.of("Range", "bytes=" + progress.written + "-")) : request;
            ApiException failure;
            Duration serverWait = null;
            try (ApiTransport.OpenResponse open = transport.open(attemptRequest, attempt)) {
                ClassicHttpResponse response = open.response();
                int status = response.getCode();
                if (status == 200 || status == 206) {
                    long expectedTotal = prepare(response, progress);
                    String contentType = RateLimitHeaders.value(response, "Content-Type");
                    try (LocalFile file = LocalFile.open(part, progress.written)) {
                        copy(response.getEntity(), file, progress);
                        checkLength(progress, expectedTotal);
                        file.sync();
                    }
                    LocalFile.moveIntoPlace(part, target);
                    return new DownloadResult(target, progress.written, contentType, progress.resumes, progress.restarts);
                }
                ApiResponse error = transport.drain(open);
                failure = classifier.fromResponse(request, error);
                if (status == 416 && progress.written > 0) {
                    // The server will not serve the rest from here: start over.
                    progress.restartFromZero();
                } else if (!classifier.mayRetry(request, error, failure)) {
                    throw failure;
                }
                serverWait = error.rateLimits().retryAfter();
            } catch (IOException e) {
                failure = classifier.fromIOException(request, e);
            }
            retries.waitBeforeRetry(request, backoff, serverWait, failure);
        }
    }

    /** Positions the progress for this response and returns the total length expected, or -1 if unknown. */
    private static long prepare(ClassicHttpResponse response, Progress progress) throws IOException {
        HttpEntity entity = response.getEntity();
        long length = entity == null ? -1 : entity.getContentLength();
        if (response.getCode() == 206) {
            String range = RateLimitHeaders.value(response, "Content-Range");
            Matcher matcher = range == null ? null : CONTENT_RANGE.matcher(range);
            if (matcher == null || !matcher.matches() || Long.parseLong(matcher.group(1)) != progress.written) {
                progress.restartFromZero();
                throw new IOException("server resumed at an unexpected position (Content-Range: " + range
                        + ", have " + progress.written + " bytes)");
            }
            progress.resumes++;
            return "*".equals(matcher.group(3)) ? (length < 0 ? -1 : progress.written + length)
                    : Long.parseLong(matcher.group(3));
        }
        if (progress.written > 0) {
            progress.restartFromZero();
        }
        return length;
    }

    /** Network read failures surface as IOException (retried); disk failures as UncheckedIOException. */
    private static void copy(HttpEntity entity, LocalFile file, Progress progress) throws IOException {
        if (entity == null) {
            return;
        }
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = entity.getContent()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                file.write(buffer, read);
                progress.written += read;
            }
        }
    }

    /** A short transfer is resumed from where it ended; an overlong one cannot be trusted and starts over. */
    private static void checkLength(Progress progress, long expectedTotal) throws IOException {
        if (expectedTotal < 0 || progress.written == expectedTotal) {
            return;
        }
        long written = progress.written;
        if (written > expectedTotal) {
            progress.restartFromZero();
        }
        throw new IOException("download ended after " + written + " of " + expectedTotal + " bytes");
    }

    /** Bytes safely in the part file, and how the transfer got there. */
    private static final class Progress {
        long written;
        int resumes;
        int restarts;

        void restartFromZero() {
            written = 0;
            restarts++;
        }
    }
}
