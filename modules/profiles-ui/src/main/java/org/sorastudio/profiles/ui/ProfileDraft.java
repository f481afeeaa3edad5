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
package org.sorastudio.profiles.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;

/**
 * A profile as it is being edited in the Options panel, with its secrets. Secrets that were not
 * touched stay {@code null} and are left as they are in the keyring.
 */
final class ProfileDraft {

    String name;
    String baseUrl;
    String organizationId;
    String projectId;
    /** The new key, or {@code null} when the stored one is kept. */
    String apiKey;
    boolean hasStoredKey;
    /** Header name to new value ({@code null} value: keep the stored one). */
    final Map<String, String> headers = new LinkedHashMap<>();
    /** Jobs at once and retries for this server (Tuning…). */
    ProfileTuning tuning = ProfileTuning.DEFAULTS;

    static ProfileDraft of(Profile profile, boolean hasStoredKey) {
        ProfileDraft draft = new ProfileDraft();
        draft.name = profile.name();
        draft.baseUrl = profile.baseUrl();
        draft.organizationId = profile.organizationId();
        draft.projectId = profile.projectId();
        draft.hasStoredKey = hasStoredKey;
        draft.tuning = profile.tuning();
        profile.extraHeaderNames().forEach(header -> draft.headers.put(header, null));
        return draft;
    }

    Profile toProfile() {
        return new Profile(name.trim(), baseUrl.trim(), blankToNull(organizationId), blankToNull(projectId),
                new ArrayList<>(headers.keySet()), tuning);
    }

    /** What is wrong with the draft, in words, or {@code null} when it can be saved. */
    String problem(List<ProfileDraft> all) {
        if (name == null || name.isBlank()) {
            return "Give the profile a name.";
        }
        if (name.trim().equals(Profile.OFFLINE_SIMULATOR)
                || all.stream().filter(d -> d != this).anyMatch(d -> name.trim().equals(d.name.trim()))) {
            return "Another profile is already called \"" + name.trim() + "\".";
        }
        if (baseUrl == null || !baseUrl.trim().matches("https?://[^/\\s]+(/\\S*)?")) {
            return "\"" + name.trim() + "\": the base URL must look like https://api.openai.com/v1.";
        }
        if (!hasStoredKey && (apiKey == null || apiKey.isBlank())) {
            return "\"" + name.trim() + "\": enter its API key.";
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return name;
    }
}
