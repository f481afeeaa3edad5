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
package org.sorastudio.capabilities.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a profile's server answered to {@code GET /models}, and when.
 *
 * @param profile   the profile's name
 * @param fetchedAt when the answer came
 * @param models    the models it listed
 */
public record ServerModels(String profile, Instant fetchedAt, List<Model> models) {

    /** How long an answer is trusted before the server is asked again. */
    public static final Duration TIME_TO_LIVE = Duration.ofHours(24);

    public ServerModels {
        models = List.copyOf(models);
    }

    public boolean isFresh(Instant now) {
        return fetchedAt.plus(TIME_TO_LIVE).isAfter(now);
    }

    /**
     * One listed model.
     *
     * @param id           the model's name
     * @param ownedBy      the organisation that owns it
     * @param shutdownDate when the server stops serving it ({@code YYYY-MM-DD}), or {@code null}
     */
    public record Model(String id, String ownedBy, String shutdownDate) {
    }
}
