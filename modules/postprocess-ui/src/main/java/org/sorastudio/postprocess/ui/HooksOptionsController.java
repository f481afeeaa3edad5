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
package org.sorastudio.postprocess.ui;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.IOException;
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
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.core.settings.SettingsStore;

/** The Post-processing tab of the Sora Studio options: settings read and written off the EDT. */
@OptionsPanelController.SubRegistration(location = "SoraStudio", id = "PostProcessing",
        displayName = "#PostProcessingOptions.category", keywords = "#PostProcessingOptions.keywords",
        keywordsCategory = "SoraStudio/PostProcessing", position = 400)
@Messages({
    "PostProcessingOptions.category=Post-processing",
    "PostProcessingOptions.keywords=hook gif ffmpeg post-processing notification disk space free threshold",
    "# {0} - reason",
    "PostProcessingOptions.cannotSave=The post-processing settings could not be saved: {0}"
})
public final class HooksOptionsController extends OptionsPanelController {

    private static final Logger LOG = Logger.getLogger(HooksOptionsController.class.getName());
    private static final RequestProcessor IO = new RequestProcessor(HooksOptionsController.class.getName(), 1);

    private final PropertyChangeSupport support = new PropertyChangeSupport(this);
    private HooksOptionsPanel panel;
    private boolean changed;

    @Override
    public void update() {
        HooksOptionsPanel target = panel();
        IO.post(() -> {
            PostProcessingSettings settings = StudioPostProcessing.settings().postProcessing();
            NotificationPreferences notifications = NotificationPreferences.load();
            SwingUtilities.invokeLater(() -> {
                target.load(settings, notifications);
                changed = false;
            });
        });
    }

    @Override
    public void applyChanges() {
        if (panel == null) {
            return;
        }
        PostProcessingSettings result = panel.postProcessing();
        NotificationPreferences notifications = panel.notifications();
        IO.post(() -> {
            notifications.save();
            SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
            if (store == null) {
                return;
            }
            try {
                store.update(current -> current.withPostProcessing(result));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot save the post-processing settings", e);
                SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                        Bundle.PostProcessingOptions_cannotSave(e.getMessage()), NotifyDescriptor.ERROR_MESSAGE)));
            }
        });
        changed = false;
    }

    @Override
    public void cancel() {
        changed = false;
    }

    @Override
    public boolean isValid() {
        return true;
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

    private HooksOptionsPanel panel() {
        if (panel == null) {
            panel = new HooksOptionsPanel(() -> {
                if (!changed) {
                    changed = true;
                    support.firePropertyChange(PROP_CHANGED, false, true);
                }
                support.firePropertyChange(PROP_VALID, null, null);
            });
        }
        return panel;
    }
}
