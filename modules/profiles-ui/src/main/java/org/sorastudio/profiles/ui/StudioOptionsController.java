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

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.ui.support.api.OptionsTab;
import org.sorastudio.ui.support.api.OptionsTabController;
import org.sorastudio.ui.support.api.StudioOptions;

/**
 * The Profiles tab of the Sora Studio options: the servers in the settings, their keys and gateway header values in
 * the credential store (the keyring), read and written off the EDT. A server removed here loses its secrets too.
 */
@OptionsPanelController.SubRegistration(location = StudioOptions.CATEGORY, id = "Profiles", displayName = "#Options.category",
        keywords = "#Options.keywords", keywordsCategory = "SoraStudio/Profiles", position = 300)
@Messages({
    "Options.category=Profiles",
    "Options.keywords=API key profile server gateway base URL simulator organization project headers",
    "# {0} - reason",
    "Options.cannotSave=The Sora Studio settings could not be saved: {0}",
    "Options.noStore=the settings or the key store module is switched off"
})
public final class StudioOptionsController extends OptionsTabController<StudioOptionsController.Servers> {

    /**
     * What the tab edits: the settings (the active profile and the servers) and a draft of each server, which says
     * whether it has a key and holds any key or header value typed in. Drafts are edited in place, so a change of
     * the tab is any edit.
     */
    record Servers(Settings settings, List<ProfileDraft> drafts) {
    }

    @Override
    protected OptionsTab<Servers> createTab(Runnable edited) {
        StudioOptionsPanel panel = new StudioOptionsPanel(edited, Lookup.getDefault().lookup(CredentialStore.class));
        return new OptionsTab<>() {
            @Override
            public JComponent component() {
                return panel;
            }

            @Override
            public void load(Servers servers) {
                panel.load(servers.settings(), servers.drafts());
            }

            @Override
            public UnaryOperator<Servers> edits() {
                String active = panel.activeProfile();
                List<ProfileDraft> drafts = panel.drafts();
                List<Profile> profiles = drafts.stream().map(ProfileDraft::toProfile).toList();
                return stored -> new Servers(stored.settings().withProfiles(active, profiles), drafts);
            }

            @Override
            public String problem() {
                return panel.problem();
            }
        };
    }

    @Override
    protected Servers read() throws IOException {
        Settings settings = settings().get();
        CredentialStore credentials = credentials();
        return new Servers(settings, settings.profiles().stream().filter(p -> !p.isSimulator())
                .map(p -> ProfileDraft.of(p, credentials.read(p.keyringKey()).isPresent())).toList());
    }

    @Override
    protected void write(UnaryOperator<Servers> edits) throws IOException {
        Servers stored = read();
        Servers edited = edits.apply(stored);
        CredentialStore credentials = credentials();
        ApiConnections connections = Lookup.getDefault().lookup(ApiConnections.class);
        Set<String> kept = new HashSet<>();
        for (ProfileDraft draft : edited.drafts()) {
            Profile profile = draft.toProfile();
            kept.add(profile.name());
            if (draft.apiKey != null) {
                credentials.save(profile.keyringKey(), draft.apiKey, "Sora Studio API key for " + profile.name());
            }
            draft.headers.forEach((header, value) -> {
                if (value != null) {
                    credentials.save(CredentialStore.headerKey(profile, header), value,
                            "Sora Studio header " + header + " for " + profile.name());
                }
            });
            reconnect(connections, profile);
        }
        for (Profile removed : stored.settings().profiles()) {
            if (!removed.isSimulator() && !kept.contains(removed.name())) {
                credentials.delete(removed.keyringKey());
                removed.extraHeaderNames().forEach(header -> credentials.delete(CredentialStore.headerKey(removed, header)));
                reconnect(connections, removed);
            }
        }
        Settings result = edited.settings();
        // the other tabs own the rest of the settings: keep what they saved
        settings().update(current -> current.withProfiles(result.activeProfile(), result.profiles()));
    }

    @Override
    protected String cannotSave(String reason) {
        return Bundle.Options_cannotSave(reason);
    }

    private static void reconnect(ApiConnections connections, Profile profile) {
        if (connections != null) {
            connections.reconnect(profile);
        }
    }

    private static SettingsStore settings() throws IOException {
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        if (store == null) {
            throw new IOException(Bundle.Options_noStore());
        }
        return store;
    }

    private static CredentialStore credentials() throws IOException {
        CredentialStore store = Lookup.getDefault().lookup(CredentialStore.class);
        if (store == null) {
            throw new IOException(Bundle.Options_noStore());
        }
        return store;
    }
}
