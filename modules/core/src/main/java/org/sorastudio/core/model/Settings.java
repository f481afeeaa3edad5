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
 */
public record Settings(String activeProfile, List<Profile> profiles, String outputDirectory,
        int parallelJobs, int maxWaitMinutes, int autosaveSeconds, String theme) {

    public Settings {
        activeProfile = activeProfile == null ? Profile.OFFLINE_SIMULATOR : activeProfile;
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        parallelJobs = parallelJobs <= 0 ? 2 : parallelJobs;
        maxWaitMinutes = maxWaitMinutes <= 0 ? 30 : maxWaitMinutes;
        autosaveSeconds = Math.max(0, autosaveSeconds);
    }

    public static Settings defaults() {
        return new Settings(Profile.OFFLINE_SIMULATOR, List.of(), null, 2, 30, 60, null);
    }

    /** These settings, generating with another profile. */
    public Settings withActiveProfile(String name) {
        return new Settings(name, profiles, outputDirectory, parallelJobs, maxWaitMinutes, autosaveSeconds, theme);
    }
}
