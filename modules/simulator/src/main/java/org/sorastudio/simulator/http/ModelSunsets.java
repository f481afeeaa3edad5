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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The models the simulator announces as deprecated, and the day each stops being served. */
final class ModelSunsets {

    private final Map<String, LocalDate> sunsets;

    ModelSunsets(Map<String, LocalDate> sunsets) {
        this.sunsets = Map.copyOf(sunsets);
    }

    /** The day {@code model} stops being served, or {@code null} when it is not deprecated. */
    LocalDate of(String model) {
        return model == null ? null : sunsets.get(model);
    }

    /** Adds {@code Deprecation} and {@code Sunset} (RFC 9745, RFC 8594) to an answer about a video of {@code model}. */
    void announce(ApiExchange exchange, String model) {
        LocalDate sunset = of(model);
        if (sunset != null) {
            exchange.responseHeader("Deprecation", "true");
            exchange.responseHeader("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(sunset.atStartOfDay(ZoneOffset.UTC)));
        }
    }
}
