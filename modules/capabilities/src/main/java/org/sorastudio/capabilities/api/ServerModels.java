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
