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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How many creates each key may still make before 429 {@code insufficient_quota}. */
final class CreateQuota {

    private final long perKey;
    private final Map<String, Long> used = new ConcurrentHashMap<>();

    /**
     * @param perKey creates allowed per key; -1 for no quota
     * @param used   creates each key made already (in earlier runs)
     */
    CreateQuota(long perKey, Map<String, Long> used) {
        this.perKey = perKey;
        this.used.putAll(used);
    }

    /** Counts one create for {@code key}, or throws when its quota is used up. */
    void take(String key) {
        if (perKey < 0) {
            return;
        }
        boolean[] granted = new boolean[1];
        used.compute(key, (k, count) -> {
            long current = count == null ? 0 : count;
            granted[0] = current < perKey;
            return granted[0] ? current + 1 : current;
        });
        if (!granted[0]) {
            throw ApiError.insufficientQuota();
        }
    }

    /** Gives back a create {@link #take taken} for a job that was not accepted after all. */
    void giveBack(String key) {
        if (perKey >= 0) {
            used.computeIfPresent(key, (k, count) -> count - 1);
        }
    }
}
