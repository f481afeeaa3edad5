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

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A server said that an endpoint is deprecated ({@code Deprecation} header, RFC 9745) or will stop
 * being served ({@code Sunset} header, RFC 8594). Header values are kept as sent; gateways are not
 * always exact about their format.
 *
 * @param baseUrl     the server
 * @param endpoint    the request that carried the headers, e.g. {@code GET /videos/{id}}
 * @param deprecation the {@code Deprecation} value ({@code true}, {@code @<epoch>} or a date), or {@code null}
 * @param sunset      the {@code Sunset} value (an HTTP date), or {@code null}
 */
public record DeprecationNotice(String baseUrl, String endpoint, String deprecation, String sunset) {

    /** When the endpoint stops being served, if the server said so in a form that can be read. */
    public Optional<Instant> sunsetAt() {
        if (sunset == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(sunset.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** One sentence for the user. */
    public String describe() {
        String when = sunsetAt().map(at -> at.toString().substring(0, 10)).orElse(sunset);
        return when == null
                ? baseUrl + " marks " + endpoint + " as deprecated."
                : baseUrl + " marks " + endpoint + " as deprecated; it stops serving it on " + when + ".";
    }
}
