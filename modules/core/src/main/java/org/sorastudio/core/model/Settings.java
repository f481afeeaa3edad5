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
 * Studio-wide settings, stored in {@code config.json} in the user directory. Files written by an older version
 * lack the newer fields: those read as their defaults (see {@code SettingsMigration}).
 *
 * @param activeProfile    name of the profile in use
 * @param profiles         configured servers; the offline simulator is always available besides these
 * @param outputDirectory  default folder for clips of projects that name none; {@code null} = per project
 * @param parallelJobs     how many generations may run at once
 * @param maxWaitMinutes   a job that has not finished after this long fails
 * @param autosaveSeconds  interval of the periodic autosave; 0 turns the timer off (saves on change remain)
 * @param theme            look and feel class name, {@link #FOLLOW_SYSTEM_THEME} to follow the desktop's light or
 *                         dark setting, or {@code null} for the branding default
 * @param postProcessing   hooks run on downloaded clips and the free-space threshold; absent in files written
 *                         before it existed, which read as the defaults (no hooks, 2 GB)
 * @param fontScalePercent size of the user interface's text against the look and feel's, from
 *                         {@link #MIN_FONT_SCALE} to {@link #MAX_FONT_SCALE} percent
 * @param maxRetries       how often a call to a server that failed for a passing reason (a timeout, a 429, a 5xx) is
 *                         tried again; 0 never retries
 * @param logLevel         the lowest level of the studio's own log records that are kept ({@code messages.log} and
 *                         the Logs window): {@code INFO} or {@code FINE}; {@code WARNING} keeps only problems
 */
public record Settings(String activeProfile, List<Profile> profiles, String outputDirectory,
        int parallelJobs, int maxWaitMinutes, int autosaveSeconds, String theme, PostProcessingSettings postProcessing,
        int fontScalePercent, int maxRetries, String logLevel) {

    /** {@link #theme} that follows the desktop's light or dark setting. */
    public static final String FOLLOW_SYSTEM_THEME = "system";
    public static final int MIN_FONT_SCALE = 90;
    public static final int MAX_FONT_SCALE = 130;
    public static final int DEFAULT_FONT_SCALE = 100;
    /** The openai client's own default. */
    public static final int DEFAULT_MAX_RETRIES = 5;
    public static final int MAX_RETRIES = 20;
    public static final String DEFAULT_LOG_LEVEL = "INFO";
    /** The levels the studio offers, least to most detailed. */
    public static final List<String> LOG_LEVELS = List.of("WARNING", "INFO", "FINE");

    public Settings {
        activeProfile = activeProfile == null ? Profile.OFFLINE_SIMULATOR : activeProfile;
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        parallelJobs = parallelJobs <= 0 ? 2 : parallelJobs;
        maxWaitMinutes = maxWaitMinutes <= 0 ? 30 : maxWaitMinutes;
        autosaveSeconds = Math.max(0, autosaveSeconds);
        postProcessing = postProcessing == null ? PostProcessingSettings.defaults() : postProcessing;
        fontScalePercent = fontScalePercent < MIN_FONT_SCALE || fontScalePercent > MAX_FONT_SCALE ? DEFAULT_FONT_SCALE : fontScalePercent;
        maxRetries = maxRetries < 0 || maxRetries > MAX_RETRIES ? DEFAULT_MAX_RETRIES : maxRetries;
        logLevel = LOG_LEVELS.contains(logLevel) ? logLevel : DEFAULT_LOG_LEVEL;
    }

    /** Settings with the default post-processing (no hooks), appearance, retries and log level. */
    public Settings(String activeProfile, List<Profile> profiles, String outputDirectory,
            int parallelJobs, int maxWaitMinutes, int autosaveSeconds, String theme) {
        this(activeProfile, profiles, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, theme, null,
                DEFAULT_FONT_SCALE, DEFAULT_MAX_RETRIES, DEFAULT_LOG_LEVEL);
    }

    public Settings withPostProcessing(PostProcessingSettings value) {
        return new Settings(activeProfile, profiles, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, theme, value,
                fontScalePercent, maxRetries, logLevel);
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
        return withProfiles(name, profiles);
    }

    /** The Profiles tab's part: the profile in use and the servers. */
    public Settings withProfiles(String active, List<Profile> servers) {
        return new Settings(active, servers, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, theme, postProcessing,
                fontScalePercent, maxRetries, logLevel);
    }

    /** The General tab's part: where clips go, how long a job may take, how often the project is autosaved. */
    public Settings withGeneral(String folder, int waitMinutes, int autosave) {
        return new Settings(activeProfile, profiles, folder, parallelJobs, waitMinutes, autosave, theme, postProcessing,
                fontScalePercent, maxRetries, logLevel);
    }

    /** These settings with clips going to {@code folder} from now on. */
    public Settings withOutputDirectory(String folder) {
        return withGeneral(folder, maxWaitMinutes, autosaveSeconds);
    }

    /** The Queue tab's part: generations at once and retries of a failed call. */
    public Settings withQueue(int parallel, int retries) {
        return new Settings(activeProfile, profiles, outputDirectory, parallel, maxWaitMinutes, autosaveSeconds, theme, postProcessing,
                fontScalePercent, retries, logLevel);
    }

    /** The Appearance tab's part: look and feel and text size. */
    public Settings withAppearance(String lookAndFeel, int scalePercent) {
        return new Settings(activeProfile, profiles, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, lookAndFeel,
                postProcessing, scalePercent, maxRetries, logLevel);
    }

    /** The Advanced tab's log level. */
    public Settings withLogLevel(String level) {
        return new Settings(activeProfile, profiles, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, theme, postProcessing,
                fontScalePercent, maxRetries, level);
    }
}
