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
package org.sorastudio.moderation.impl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.openide.util.NbBundle;
import org.sorastudio.moderation.api.Flag;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.ModerationResult.Verdict;
import org.sorastudio.openai.RateLimitException;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.VideoApiClient;

/**
 * The server's {@code /moderations}, asked in arrays of up to {@value #INPUTS_PER_REQUEST} texts, paced
 * by the rate-limit headers it sends back, with every request counted and every failure turned into
 * a sentence for a person.
 */
@NbBundle.Messages({
    "# {0} - the HTTP status",
    "Moderator.notFound=This server has no moderation check (its /moderations answered {0}): the block cannot be explained here,"
            + " but the suggested rewrites still apply.",
    "Moderator.refused=The server refused the key for its moderation check: check the profile''s API key in Tools > Options.",
    "Moderator.rateLimited=The server''s rate limit stopped the moderation check; try again in a minute.",
    "# {0} - what went wrong with the connection",
    "Moderator.unreachable=The moderation check did not answer ({0}).",
    "# {0} - the server's error message",
    "Moderator.failed=The moderation check failed: {0}",
    "Moderator.noServer=The profile's server cannot be asked (it has no key, or is not set up), so the block cannot be"
            + " explained; the suggested rewrites still apply."
})
public final class Moderator {

    /** Texts per request: the API takes arrays; a bounded one keeps each answer small and quick. */
    public static final int INPUTS_PER_REQUEST = 32;
    /** The longest the check waits for a rate-limit window to reset before it asks again. */
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

    private final VideoApiClient client;
    private int requests;

    public Moderator(VideoApiClient client) {
        this.client = client;
    }

    /** One verdict per text, in order. */
    public List<Verdict> verdicts(List<String> texts) throws ModerationUnavailableException {
        List<Verdict> verdicts = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += INPUTS_PER_REQUEST) {
            List<String> chunk = texts.subList(from, Math.min(texts.size(), from + INPUTS_PER_REQUEST));
            waitForBudget();
            requests++;
            try {
                verdicts.addAll(client.moderate(chunk).results());
            } catch (ApiException e) {
                throw unavailable(e);
            }
        }
        return verdicts;
    }

    /** What a check says when there is no server to ask. */
    public static String noServer() {
        return Bundle.Moderator_noServer();
    }

    public int requests() {
        return requests;
    }

    /** The flagged categories of a verdict, highest score first. */
    public static List<Flag> flags(Verdict verdict) {
        return verdict.flaggedCategories().stream()
                .map(category -> new Flag(category, verdict.categoryScores().getOrDefault(category, 0.0)))
                .sorted(Comparator.comparingDouble(Flag::score).reversed())
                .toList();
    }

    /** How strongly a verdict holds the given categories: the highest of their scores. */
    public static double strength(Verdict verdict, Set<String> categories) {
        return categories.stream().mapToDouble(c -> verdict.categoryScores().getOrDefault(c, 0.0)).max().orElse(0.0);
    }

    /** When the server says its request budget is spent, waits for its reset (bounded) instead of collecting 429s. */
    private void waitForBudget() throws ModerationUnavailableException {
        RateLimitSnapshot last = client.lastRateLimits().orElse(null);
        if (last == null || !last.requestsExhausted() || last.resetRequests() == null) {
            return;
        }
        Duration pause = last.resetRequests().compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : last.resetRequests();
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModerationUnavailableException(Bundle.Moderator_unreachable("interrupted"), e);
        }
    }

    private static ModerationUnavailableException unavailable(ApiException e) {
        String message;
        if (e.statusCode() == 404 || e.statusCode() == 405) {
            message = Bundle.Moderator_notFound(e.statusCode());
        } else if (e instanceof AuthenticationException) {
            message = Bundle.Moderator_refused();
        } else if (e instanceof RateLimitException) {
            message = Bundle.Moderator_rateLimited();
        } else if (e instanceof ApiConnectionException) {
            message = Bundle.Moderator_unreachable(e.getMessage());
        } else {
            message = Bundle.Moderator_failed(e.getMessage());
        }
        return new ModerationUnavailableException(message, e);
    }
}
