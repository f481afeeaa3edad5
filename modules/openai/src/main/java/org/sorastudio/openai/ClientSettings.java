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
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link VideoApiClient} needs to talk to one server. Built with {@link
 * VideoApiClient#builder(URI, String)}.
 *
 * @param baseUrl        API base including the version path, e.g. {@code http://127.0.0.1:8765/v1}
 * @param apiKey         sent as {@code Authorization: Bearer}; {@code null} or blank sends none
 *                       (for gateways that take their key in an extra header)
 * @param organizationId optional {@code OpenAI-Organization}
 * @param projectId      optional {@code OpenAI-Project}
 * @param extraHeaders   further headers a gateway wants; their values are treated as secrets in logs
 * @param retryPolicy    backoff and budgets for retryable failures
 * @param connectTimeout time to establish a connection
 * @param readTimeout    longest silence while waiting for response bytes
 * @param userAgent      {@code User-Agent} value
 */
public record ClientSettings(URI baseUrl, String apiKey, String organizationId, String projectId,
        Map<String, String> extraHeaders, RetryPolicy retryPolicy, Duration connectTimeout, Duration readTimeout,
        String userAgent) {

    public ClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("Base URL must be an http(s) URL with a host, e.g. "
                    + "https://api.openai.com/v1; was '" + baseUrl + "'");
        }
        String text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(extraHeaders));
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** Never prints the key or header values. */
    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "none" : "set")
                + ", organizationId=" + organizationId + ", projectId=" + projectId
                + ", extraHeaders=" + extraHeaders.keySet() + ", retryPolicy=" + retryPolicy
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
