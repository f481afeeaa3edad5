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
 * @param sourceVideoId  the completed video a remix, extension or edit is made from (the source decides model and
 *                       size, so those are {@code null}), or {@code null} for a new generation
 * @param outputName     the file name (without extension) the clip gets in the output folder, made safe there and
 *                       numbered on collision; {@code null} names it by date, prompt and video id
 * @param kind           which request makes the video; an extension's {@code seconds} is the new segment's length,
 *                       a remix's and an edit's is 0 (the source's)
 */
public record JobSpec(String shotId, String prompt, String model, String size, int seconds, String referenceImage,
        String profile, String sourceVideoId, String outputName, Kind kind) {

    /** Which request makes a job's video. */
    public enum Kind {
        /** {@code POST /videos}. */
        CREATE,
        /** {@code POST /videos/{id}/remix}. */
        REMIX,
        /** {@code POST /videos/extensions}: the source continued; the result holds the source and the new segment. */
        EXTEND,
        /** {@code POST /videos/edits}: a changed copy of the source. */
        EDIT
    }

    /** The shot override naming the profile a shot runs on. */
    public static final String PROFILE_OVERRIDE = "profile";

    public JobSpec {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CREATE) != (sourceVideoId == null)) {
            throw new IllegalArgumentException(kind == Kind.CREATE ? "a new generation has no source video"
                    : "a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " needs its source video");
        }
    }

    /** A new generation, or a remix of {@code remixOf} when it is not null. */
    public JobSpec(String shotId, String prompt, String model, String size, int seconds, String referenceImage,
            String profile, String remixOf, String outputName) {
        this(shotId, prompt, model, size, seconds, referenceImage, profile, remixOf, outputName,
                remixOf == null ? Kind.CREATE : Kind.REMIX);
    }

    /** {@code seconds} more of the completed video {@code sourceVideoId}, continuing as {@code prompt} says. */
    public static JobSpec extension(String sourceVideoId, String prompt, int seconds, String profile, String outputName) {
        return new JobSpec(null, prompt, null, null, seconds, null, profile, sourceVideoId, outputName, Kind.EXTEND);
    }

    /** The completed video {@code sourceVideoId} changed as {@code prompt} says. */
    public static JobSpec edit(String sourceVideoId, String prompt, String profile, String outputName) {
        return new JobSpec(null, prompt, null, null, 0, null, profile, sourceVideoId, outputName, Kind.EDIT);
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
        return kind == Kind.REMIX;
    }

    /** The video this job remixes, or null (also for extensions and edits: see {@link #sourceVideoId()}). */
    public String remixOf() {
        return kind == Kind.REMIX ? sourceVideoId : null;
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
