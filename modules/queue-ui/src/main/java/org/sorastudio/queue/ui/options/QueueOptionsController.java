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
package org.sorastudio.queue.ui.options;

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
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;

/**
 * The Queue tab of the Sora Studio options: read off the EDT when the window opens, written off the EDT on OK or
 * Apply (only this tab's part of the settings); the open queue follows the settings at once (QueueService).
 */
@OptionsPanelController.SubRegistration(location = "SoraStudio", id = "Queue", displayName = "#QueueOptions.name",
        keywords = "#QueueOptions.keywords", keywordsCategory = "SoraStudio/Queue", position = 200)
@Messages({
    "QueueOptions.name=Queue",
    "QueueOptions.keywords=parallel jobs at once concurrency retries retry",
    "# {0} - reason",
    "QueueOptions.cannotSave=The queue settings could not be saved: {0}"
})
public final class QueueOptionsController extends OptionsPanelController {

    private static final Logger LOG = Logger.getLogger(QueueOptionsController.class.getName());
    private static final RequestProcessor IO = new RequestProcessor(QueueOptionsController.class.getName(), 1);

    private final PropertyChangeSupport support = new PropertyChangeSupport(this);
    private QueueOptionsPanel panel;
    private Settings loaded;
    private boolean changed;

    @Override
    public void update() {
        QueueOptionsPanel target = panel();
        IO.post(() -> {
            Settings settings = store().get();
            SwingUtilities.invokeLater(() -> {
                loaded = settings;
                target.load(settings);
                setChanged(false);
            });
        });
    }

    @Override
    public void applyChanges() {
        if (panel == null || loaded == null) {
            return;
        }
        int parallel = panel.parallelJobs();
        int retries = panel.retries();
        loaded = loaded.withQueue(parallel, retries);
        setChanged(false);
        IO.post(() -> {
            try {
                store().update(current -> current.withQueue(parallel, retries));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot save the queue settings", e);
                SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault().notify(
                        new NotifyDescriptor.Message(Bundle.QueueOptions_cannotSave(e.getMessage()), NotifyDescriptor.ERROR_MESSAGE)));
            }
        });
    }

    @Override
    public void cancel() {
        if (panel != null && loaded != null) {
            panel.load(loaded);
        }
        setChanged(false);
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

    private QueueOptionsPanel panel() {
        if (panel == null) {
            panel = new QueueOptionsPanel(() -> setChanged(loaded != null
                    && (panel.parallelJobs() != loaded.parallelJobs() || panel.retries() != loaded.maxRetries())));
        }
        return panel;
    }

    private void setChanged(boolean now) {
        boolean before = changed;
        changed = now;
        support.firePropertyChange(PROP_CHANGED, before, now);
    }

    private static SettingsStore store() {
        return Lookup.getDefault().lookup(SettingsStore.class);
    }
}
