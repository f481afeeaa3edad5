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

import java.util.Map;
import java.util.Objects;

/**
 * One API call before it is sent.
 *
 * @param method     HTTP method
 * @param path       path below the base URL with its query, e.g. {@code /videos?limit=20}
 * @param body       the body, or {@code null}
 * @param idempotent whether sending it twice does no harm; only such requests are retried after
 *                   a failure that may have reached the server
 * @param headers    headers for this call only (e.g. {@code Range})
 */
record ApiRequest(String method, String path, RequestBody body, boolean idempotent, Map<String, String> headers) {

    ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
    }

    static ApiRequest get(String path) {
        return new ApiRequest("GET", path, null, true, Map.of());
    }

    static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, null, true, Map.of());
    }

    /** A POST that creates something: never retried once it may have reached the server. */
    static ApiRequest create(String path, RequestBody body) {
        return new ApiRequest("POST", path, body, false, Map.of());
    }

    /** A POST without side effects (e.g. moderation): retried like a GET. */
    static ApiRequest query(String path, RequestBody body) {
        return new ApiRequest("POST", path, body, true, Map.of());
    }

    ApiRequest withHeaders(Map<String, String> callHeaders) {
        return new ApiRequest(method, path, body, idempotent, callHeaders);
    }

    /** "POST /videos", for messages and logs. */
    String label() {
        return method + " " + path;
    }
}
