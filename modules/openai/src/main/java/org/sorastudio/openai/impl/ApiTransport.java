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
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.sorastudio.openai.ClientSettings;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.SecretRedactor;

/**
 * Sends one attempt of a request: adds the profile's headers, logs the exchange redacted, and
 * publishes the response's rate-limit headers. Knows nothing about retries or error classes.
 */
final class ApiTransport implements AutoCloseable {

    private final ClientSettings settings;
    private final CloseableHttpClient http;
    private final ExchangeLog log;
    private final RateLimitBoard rateLimits;
    private final DeprecationBoard deprecations;
    private final Clock clock;
    private final List<Map.Entry<String, String>> profileHeaders;

    ApiTransport(ClientSettings settings, SecretRedactor redactor, RateLimitBoard rateLimits, DeprecationBoard deprecations,
            Clock clock) {
        this.settings = settings;
        this.log = new ExchangeLog(redactor);
        this.rateLimits = rateLimits;
        this.deprecations = deprecations;
        this.clock = clock;
        this.profileHeaders = profileHeaders(settings);
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout read = Timeout.of(settings.readTimeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect).setSocketTimeout(read)
                                // A create sent on a connection the server already closed would look
                                // like "outcome unknown"; checking idle connections first avoids that.
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build())
                        .setMaxConnTotal(16).setMaxConnPerRoute(8)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                // Retries are this client's decision (see RetryingExecutor), never the library's.
                .disableAutomaticRetries()
                // A redirect would carry the Authorization header to whatever host it names.
                .disableRedirectHandling()
                // Videos are compressed already, and decompression would hide the true Content-Length.
                .disableContentCompression()
                .evictIdleConnections(TimeValue.ofSeconds(20))
                .setUserAgent(settings.userAgent())
                .build();
    }

    /** Sends the request and reads the whole response body. */
    ApiResponse send(ApiRequest request, int attempt) throws IOException {
        HttpUriRequestBase message = toHttpRequest(request);
        log.request(attempt, url(request), message, request.body() == null ? null : request.body().describe());
        long start = System.nanoTime();
        try (ClassicHttpResponse response = http.executeOpen(null, message, null)) {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
            log.response(request.label(), response, elapsedMillis(start), body);
            return new ApiResponse(response, body, publish(request, response));
        } catch (IOException e) {
            log.failure(request.label(), elapsedMillis(start), e);
            throw e;
        }
    }

    /**
     * Sends the request and returns the response with its body unread, for streaming; the caller
     * closes it. The body is not logged.
     */
    OpenResponse open(ApiRequest request, int attempt) throws IOException {
        HttpUriRequestBase message = toHttpRequest(request);
        log.request(attempt, url(request), message, null);
        long start = System.nanoTime();
        try {
            ClassicHttpResponse response = http.executeOpen(null, message, null);
            log.response(request.label(), response, elapsedMillis(start), null);
            return new OpenResponse(response, publish(request, response));
        } catch (IOException e) {
            log.failure(request.label(), elapsedMillis(start), e);
            throw e;
        }
    }

    /** Reads the rest of a streamed response that turned out to be an error. */
    ApiResponse drain(OpenResponse open) throws IOException {
        HttpEntity entity = open.response().getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        return new ApiResponse(open.response(), body, open.rateLimits());
    }

    ExchangeLog log() {
        return log;
    }

    private RateLimitSnapshot publish(ApiRequest request, ClassicHttpResponse response) {
        deprecations.observe(request.label(), response);
        RateLimitSnapshot snapshot = RateLimitHeaders.read(response, clock.instant());
        rateLimits.publish(snapshot);
        return snapshot;
    }

    private HttpUriRequestBase toHttpRequest(ApiRequest request) {
        HttpUriRequestBase message = new HttpUriRequestBase(request.method(), URI.create(url(request)));
        for (Map.Entry<String, String> header : profileHeaders) {
            message.setHeader(header.getKey(), header.getValue());
        }
        request.headers().forEach(message::setHeader);
        if (request.body() != null) {
            message.setEntity(request.body().toEntity());
        }
        return message;
    }

    private String url(ApiRequest request) {
        return settings.baseUrl() + request.path();
    }

    private static List<Map.Entry<String, String>> profileHeaders(ClientSettings settings) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            headers.add(Map.entry("Authorization", "Bearer " + settings.apiKey().trim()));
        }
        if (settings.organizationId() != null && !settings.organizationId().isBlank()) {
            headers.add(Map.entry("OpenAI-Organization", settings.organizationId().trim()));
        }
        if (settings.projectId() != null && !settings.projectId().isBlank()) {
            headers.add(Map.entry("OpenAI-Project", settings.projectId().trim()));
        }
        settings.extraHeaders().forEach((name, value) -> headers.add(Map.entry(name, value)));
        return List.copyOf(headers);
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }

    /** A response whose body is still to be read; closing it releases the connection. */
    record OpenResponse(ClassicHttpResponse response, RateLimitSnapshot rateLimits) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            response.close();
        }
    }
}
