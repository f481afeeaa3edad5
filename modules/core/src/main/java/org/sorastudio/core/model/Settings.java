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
package org.sorastudio.core.model;

import java.util.List;

/**
 * Studio-wide settings, stored in {@code config.json} in the user directory.
 *
 * @param activeProfile    name of the profile in use
 * @param profiles         configured servers; the offline simulator is always available besides these
 * @param outputDirectory  default folder for clips of projects that name none; {@code null} = per project
 * @param parallelJobs     how many generations may run at once
 * @param maxWaitMinutes   a job that has not finished after this long fails
 * @param autosaveSeconds  interval of the periodic autosave; 0 turns the timer off (saves on change remain)
 * @param theme            look and feel class name, or {@code null} for the branding default
 * @param postProcessing   hooks run on downloaded clips and the free-space threshold; absent in files written
 *                         before it existed, which read as the defaults (no hooks, 2 GB)
 */
public record Settings(String activeProfile, List<Profile> profiles, String outputDirectory,
        int parallelJobs, int maxWaitMinutes, int autosaveSeconds, String theme, PostProcessingSettings postProcessing) {

    public Settings {
        activeProfile = activeProfile == null ? Profile.OFFLINE_SIMULATOR : activeProfile;
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        parallelJobs = parallelJobs <= 0 ? 2 : parallelJobs;
        maxWaitMinutes = maxWaitMinutes <= 0 ? 30 : maxWaitMinutes;
        autosaveSeconds = Math.max(0, autosaveSeconds);
        postProcessing = postProcessing == null ? PostProcessingSettings.defaults() : postProcessing;
    }

    /** Settings with the default post-processing (no hooks). */
    public Settings(String activeProfile, List<Profile> profiles, String outputDirectory,
            int parallelJobs, int maxWaitMinutes, int autosaveSeconds, String theme) {
        this(activeProfile, profiles, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, theme, null);
    }

    public Settings withPostProcessing(PostProcessingSettings value) {
        return new Settings(activeProfile, profiles, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, theme, value);
    }

    public static Settings defaults() {
        return new Settings(Profile.OFFLINE_SIMULATOR, List.of(), null, 2, 30, 60, null);
    }

    /** These settings, generating with another profile. */
    /** The jobs {@code profileName} runs at once: its own tuning's number, else the studio's setting. */
    public int parallelJobsFor(String profileName) {
        return profiles.stream().filter(profile -> profile.name().equals(profileName)).findFirst()
                .map(profile -> profile.tuning().parallelJobsOr(parallelJobs)).orElse(parallelJobs);
    }

    public Settings withActiveProfile(String name) {
        return new Settings(name, profiles, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, theme, postProcessing);
    }
}
