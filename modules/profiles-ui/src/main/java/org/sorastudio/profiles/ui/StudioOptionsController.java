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

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.profiles.api.CredentialStore;

/** The Sora Studio category of the Options window: reads and writes off the EDT, keys into the keyring. */
@OptionsPanelController.SubRegistration(location = "SoraStudio", id = "Profiles", displayName = "#Options.category",
        keywords = "#Options.keywords", keywordsCategory = "SoraStudio/Profiles", position = 300)
@Messages({
    "Options.category=Profiles",
    "Options.keywords=API key profile server gateway base URL simulator organization project headers",
    "# {0} - reason",
    "Options.cannotSave=The Sora Studio settings could not be saved: {0}"
})
public final class StudioOptionsController extends OptionsPanelController {

    private static final Logger LOG = Logger.getLogger(StudioOptionsController.class.getName());
    private static final RequestProcessor IO = new RequestProcessor(StudioOptionsController.class.getName(), 1);

    private final PropertyChangeSupport support = new PropertyChangeSupport(this);
    private StudioOptionsPanel panel;
    private Settings loaded;
    private boolean changed;

    @Override
    public void update() {
        StudioOptionsPanel target = panel();
        IO.post(() -> {
            Settings settings = settings().get();
            CredentialStore credentials = credentials();
            List<ProfileDraft> drafts = settings.profiles().stream().filter(p -> !p.isSimulator())
                    .map(p -> ProfileDraft.of(p, credentials.read(p.keyringKey()).isPresent())).toList();
            SwingUtilities.invokeLater(() -> {
                loaded = settings;
                target.load(settings, drafts);
                changed = false;
            });
        });
    }

    @Override
    public void applyChanges() {
        if (panel == null || loaded == null) {
            return;
        }
        String active = panel.activeProfile();
        List<ProfileDraft> drafts = panel.drafts();
        List<Profile> servers = drafts.stream().map(ProfileDraft::toProfile).toList();
        Set<String> kept = new HashSet<>();
        drafts.forEach(d -> kept.add(d.name.trim()));
        List<Profile> removed = loaded.profiles().stream().filter(p -> !kept.contains(p.name())).toList();
        IO.post(() -> store(active, servers, drafts, removed));
        loaded = loaded.withProfiles(active, servers);
        changed = false;
    }

    private static void store(String active, List<Profile> servers, List<ProfileDraft> drafts, List<Profile> removed) {
        CredentialStore credentials = credentials();
        ApiConnections connections = Lookup.getDefault().lookup(ApiConnections.class);
        for (ProfileDraft draft : drafts) {
            Profile profile = draft.toProfile();
            if (draft.apiKey != null) {
                credentials.save(profile.keyringKey(), draft.apiKey, "Sora Studio API key for " + profile.name());
            }
            draft.headers.forEach((header, value) -> {
                if (value != null) {
                    credentials.save(CredentialStore.headerKey(profile, header), value,
                            "Sora Studio header " + header + " for " + profile.name());
                }
            });
            connections.reconnect(profile);
        }
        for (Profile profile : removed) {
            credentials.delete(profile.keyringKey());
            profile.extraHeaderNames().forEach(header -> credentials.delete(CredentialStore.headerKey(profile, header)));
            connections.reconnect(profile);
        }
        try {
            // the other tabs own the rest of the settings: keep what they saved
            settings().update(current -> current.withProfiles(active, servers));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save the settings", e);
            SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault().notify(
                    new NotifyDescriptor.Message(Bundle.Options_cannotSave(e.getMessage()), NotifyDescriptor.ERROR_MESSAGE)));
        }
    }

    @Override
    public void cancel() {
        changed = false;
    }

    @Override
    public boolean isValid() {
        return panel == null || panel.problem() == null;
    }

    @Override
    public boolean isChanged() {
        return changed;
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return HelpCtx.DEFAULT_HELP;
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener listener) {
        support.addPropertyChangeListener(listener);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener listener) {
        support.removePropertyChangeListener(listener);
    }

    private StudioOptionsPanel panel() {
        if (panel == null) {
            panel = new StudioOptionsPanel(() -> {
                changed = true;
                support.firePropertyChange(PROP_CHANGED, false, true);
                support.firePropertyChange(PROP_VALID, null, null);
            }, credentials());
        }
        return panel;
    }

    private static SettingsStore settings() {
        return Lookup.getDefault().lookup(SettingsStore.class);
    }

    private static CredentialStore credentials() {
        return Lookup.getDefault().lookup(CredentialStore.class);
    }
}
