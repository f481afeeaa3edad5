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
package org.sorastudio.diagnostics.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.DeprecationNotice;
import org.sorastudio.openai.ModelInfo;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.VideoApiClient;

/**
 * What a profile's server says when asked a few times for its models: how long each answer took,
 * which models it offers, whether it took the key, and the rate limits it reported last. Asking for
 * the models costs nothing on the APIs the studio speaks; a video is never created.
 *
 * @param latenciesMillis one per answered request, in the order asked
 * @param problem why the server could not be used, for a person, or {@code null}
 * @param notices what the server announced as deprecated so far (its {@code Deprecation}/{@code Sunset} headers on any
 *                request of this client, models its listing gave a shutdown date), oldest first
 */
@Messages({
    "ServerCheck.keyRefused=The server refused the key: check the profile's key in Tools > Options.",
    "# {0} - reason",
    "ServerCheck.failed=The server could not be asked: {0}"
})
public record ServerCheck(List<Long> latenciesMillis, List<String> models, String problem, Optional<RateLimitSnapshot> rateLimits,
        List<DeprecationNotice> notices) {

    public ServerCheck {
        latenciesMillis = List.copyOf(latenciesMillis);
        models = List.copyOf(models);
        notices = List.copyOf(notices);
    }

    /** Asks {@code client}'s server for its models {@code attempts} times, one after the other. */
    public static ServerCheck run(VideoApiClient client, int attempts) {
        List<Long> latencies = new ArrayList<>();
        List<String> models = List.of();
        String problem = null;
        for (int i = 0; i < attempts && problem == null; i++) {
            long start = System.nanoTime();
            try {
                models = client.listModels().stream().map(ModelInfo::id).toList();
                latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            } catch (AuthenticationException e) {
                problem = Bundle.ServerCheck_keyRefused();
            } catch (ApiException e) {
                problem = Bundle.ServerCheck_failed(e.getMessage());
            }
        }
        return new ServerCheck(List.copyOf(latencies), models, problem, client.lastRateLimits(),
                client.deprecationNotices());
    }

    public long minMillis() {
        return latenciesMillis.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    public long maxMillis() {
        return latenciesMillis.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    public long medianMillis() {
        List<Long> sorted = new ArrayList<>(latenciesMillis);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
