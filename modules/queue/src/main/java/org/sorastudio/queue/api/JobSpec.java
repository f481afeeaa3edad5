package org.sorastudio.queue.api;

import java.util.Objects;
import org.sorastudio.core.model.Shot;

/**
 * What to generate: the request parameters of one job, fixed when it is queued.
 *
 * @param shotId         the project's shot this job renders, or {@code null} (a job resumed by video id)
 * @param prompt         the prompt
 * @param model          model name
 * @param size           {@code WIDTHxHEIGHT}
 * @param seconds        clip length
 * @param referenceImage path of a reference image, or {@code null}
 * @param profile        the server profile the job runs on
 * @param remixOf        the completed video this job remixes ({@code POST /videos/{id}/remix}: the source
 *                       decides model, size and length, so those are {@code null}/0), or {@code null}
 * @param outputName     the file name (without extension) the clip gets in the output folder, made safe there and
 *                       numbered on collision; {@code null} names it by date, prompt and video id
 */
public record JobSpec(String shotId, String prompt, String model, String size, int seconds, String referenceImage,
        String profile, String remixOf, String outputName) {

    /** The shot override naming the profile a shot runs on. */
    public static final String PROFILE_OVERRIDE = "profile";

    public JobSpec {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(profile, "profile");
    }

    /** A new generation (not a remix). */
    public JobSpec(String shotId, String prompt, String model, String size, int seconds, String referenceImage, String profile) {
        this(shotId, prompt, model, size, seconds, referenceImage, profile, null, null);
    }

    /** A new generation or a remix, named by date, prompt and video id. */
    public JobSpec(String shotId, String prompt, String model, String size, int seconds, String referenceImage, String profile,
            String remixOf) {
        this(shotId, prompt, model, size, seconds, referenceImage, profile, remixOf, null);
    }

    public boolean isRemix() {
        return remixOf != null;
    }

    /** A job for {@code shot}, on its {@value #PROFILE_OVERRIDE} override or else {@code defaultProfile}. */
    public static JobSpec of(Shot shot, String defaultProfile) {
        String profile = shot.overrides().getOrDefault(PROFILE_OVERRIDE, defaultProfile);
        String outputName = shot.overrides().get(Shot.OUTPUT_NAME);
        return shot.remixOf()
                .map(source -> new JobSpec(shot.id(), shot.prompt(), null, null, 0, null, profile, source, outputName))
                .orElseGet(() -> new JobSpec(shot.id(), shot.prompt(), shot.model(), shot.size(), shot.seconds(),
                        shot.referenceImage(), profile, null, outputName));
    }
}
