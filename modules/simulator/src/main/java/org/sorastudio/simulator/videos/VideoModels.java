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
package org.sorastudio.simulator.videos;

import java.util.List;
import java.util.Optional;

/**
 * The models the simulator serves, with the sizes and durations OpenAI documents for them.
 * Dated snapshots accept what their base model accepts.
 */
public final class VideoModels {

    /** Used when a create request names no model, as the API does. */
    public static final String DEFAULT_MODEL = "sora-2";
    /** Used when a create request names no size. */
    public static final String DEFAULT_SIZE = "720x1280";
    /** Used when a create request names no duration. */
    public static final String DEFAULT_SECONDS = "4";

    private static final List<String> SECONDS = List.of("4", "8", "12");
    private static final List<String> SORA_2_SIZES = List.of("720x1280", "1280x720");
    private static final List<String> SORA_2_PRO_SIZES = List.of("720x1280", "1280x720", "1024x1792", "1792x1024");
    /** 2025-10-06 00:00 UTC, the Sora 2 API launch. */
    private static final long LAUNCHED = 1_759_708_800L;
    /** 2025-12-08 00:00 UTC. */
    private static final long DECEMBER_SNAPSHOT = 1_765_152_000L;

    private static final List<VideoModel> ALL = List.of(
            new VideoModel("sora-2", LAUNCHED, SORA_2_SIZES, SECONDS),
            new VideoModel("sora-2-pro", LAUNCHED, SORA_2_PRO_SIZES, SECONDS),
            new VideoModel("sora-2-2025-10-06", LAUNCHED, SORA_2_SIZES, SECONDS),
            new VideoModel("sora-2-pro-2025-10-06", LAUNCHED, SORA_2_PRO_SIZES, SECONDS),
            new VideoModel("sora-2-2025-12-08", DECEMBER_SNAPSHOT, SORA_2_SIZES, SECONDS));

    private VideoModels() {
    }

    public static List<VideoModel> all() {
        return ALL;
    }

    public static Optional<VideoModel> find(String id) {
        return ALL.stream().filter(model -> model.id().equals(id)).findFirst();
    }

    /** The base names, as the API lists them in its "supported values" messages. */
    public static List<String> baseNames() {
        return List.of("sora-2", "sora-2-pro");
    }
}
