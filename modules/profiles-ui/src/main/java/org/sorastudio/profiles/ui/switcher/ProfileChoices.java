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
package org.sorastudio.profiles.ui.switcher;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.awt.StatusDisplayer;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.profiles.api.CredentialStore;

/**
 * The profiles to switch between and the active one, shared by the toolbar's switcher and the
 * status bar's: read from the settings and the keyring off the event thread, handed to Swing in one
 * piece, and told again whenever the settings change (from the Options window or the other
 * switcher). Switching writes the settings off the event thread.
 */
@Messages({
    "ProfileEntry.embedded=embedded",
    "ProfileEntry.noKey=no key",
    "# {0} - profile name",
    "ProfileChoices.switched=Generating with {0}",
    "# {0} - profile name",
    "# {1} - what went wrong",
    "ProfileChoices.failed=Could not switch to {0}: {1}"
})
final class ProfileChoices {

    private static final Logger LOG = Logger.getLogger(ProfileChoices.class.getName());
    private static final RequestProcessor WORKER = new RequestProcessor(ProfileChoices.class.getName(), 1);

    private final SettingsStore settings;
    private final CredentialStore credentials;
    private final ApiConnections connections;

    ProfileChoices(SettingsStore settings, CredentialStore credentials) {
        this(settings, credentials, null);
    }

    /** @param connections where each profile's last rate-limit headers are read, or {@code null} for none */
    ProfileChoices(SettingsStore settings, CredentialStore credentials, ApiConnections connections) {
        this.settings = settings;
        this.credentials = credentials;
        this.connections = connections;
    }

    /** The studio's own stores, or {@code null} when a module that provides them is switched off. */
    static ProfileChoices fromLookup() {
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        CredentialStore keys = Lookup.getDefault().lookup(CredentialStore.class);
        return store == null || keys == null ? null
                : new ProfileChoices(store, keys, Lookup.getDefault().lookup(ApiConnections.class));
    }

    /**
     * Calls {@code show} on the event thread with the entries and the active profile's name now and
     * after every change of the settings.
     */
    void watch(BiConsumer<List<ProfileEntry>, String> show) {
        Runnable read = () -> {
            Settings current = settings.get();
            List<ProfileEntry> entries = entries(current);
            SwingUtilities.invokeLater(() -> show.accept(entries, current.activeProfile()));
        };
        settings.addListener(changed -> WORKER.post(read));
        WORKER.post(read);
    }

    /**
     * Reads every profile's rate-limit and quota state off the event thread and calls {@code show} on it with the
     * lines "name: state", the active profile first; nothing when no connections are installed.
     */
    void readRateStates(Consumer<List<String>> show) {
        if (connections == null) {
            return;
        }
        WORKER.post(() -> {
            Settings current = settings.get();
            Instant now = Instant.now();
            List<String> lines = new ArrayList<>();
            List<Profile> all = new ArrayList<>(List.of(Profile.offlineSimulator()));
            all.addAll(current.profiles());
            all.sort(Comparator.comparing(profile -> !profile.name().equals(current.activeProfile())));
            for (Profile profile : all) {
                lines.add(profile.name() + ": " + RateState.describe(connections.lastRateLimits(profile).orElse(null), now));
            }
            SwingUtilities.invokeLater(() -> show.accept(lines));
        });
    }

    /** Makes {@code name} the active profile, unless it already is. */
    void switchTo(String name) {
        WORKER.post(() -> {
            Settings current = settings.get();
            if (name.equals(current.activeProfile())) {
                return;
            }
            try {
                settings.update(current.withActiveProfile(name));
                StatusDisplayer.getDefault().setStatusText(Bundle.ProfileChoices_switched(name));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not save the active profile", e);
                StatusDisplayer.getDefault().setStatusText(Bundle.ProfileChoices_failed(name, e.getMessage()),
                        StatusDisplayer.IMPORTANCE_ERROR_HIGHLIGHT);
            }
        });
    }

    private List<ProfileEntry> entries(Settings current) {
        List<ProfileEntry> entries = new ArrayList<>();
        entries.add(ProfileEntry.of(Profile.offlineSimulator(), true));
        for (Profile profile : current.profiles()) {
            entries.add(ProfileEntry.of(profile, credentials.read(profile.keyringKey()).filter(k -> !k.isBlank()).isPresent()));
        }
        return entries;
    }
}
