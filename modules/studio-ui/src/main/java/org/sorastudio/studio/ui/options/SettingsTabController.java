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
package org.sorastudio.studio.ui.options;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
 * An Options tab that edits a part of the {@link Settings}: reads them off the EDT when the Options window opens,
 * is changed while its fields differ from what was read, writes its part off the EDT on OK or Apply, and forgets
 * its edits on Cancel (the next opening reads the settings again). Whatever follows the settings (the look and
 * feel, the log level, the queue) follows the store, not this controller.
 */
@Messages({
    "# {0} - reason",
    "SettingsTab.cannotSave=The Sora Studio settings could not be saved: {0}"
})
abstract class SettingsTabController extends OptionsPanelController {

    private static final Logger LOG = Logger.getLogger(SettingsTabController.class.getName());
    private static final RequestProcessor IO = new RequestProcessor(SettingsTabController.class.getName(), 1);

    private final PropertyChangeSupport support = new PropertyChangeSupport(this);
    private final Function<Runnable, SettingsTab> tabFactory;
    private SettingsTab tab;
    private Settings loaded;
    private boolean changed;

    /** @param tabFactory makes the tab, given what it calls on every edit */
    SettingsTabController(Function<Runnable, SettingsTab> tabFactory) {
        this.tabFactory = tabFactory;
    }

    @Override
    public void update() {
        SettingsTab target = tab();
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
        if (tab == null || loaded == null) {
            return;
        }
        UnaryOperator<Settings> edits = tab.edits();
        loaded = edits.apply(loaded);
        setChanged(false);
        IO.post(() -> {
            try {
                store().update(edits);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot save the settings", e);
                SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault().notify(
                        new NotifyDescriptor.Message(Bundle.SettingsTab_cannotSave(e.getMessage()), NotifyDescriptor.ERROR_MESSAGE)));
            }
        });
    }

    @Override
    public void cancel() {
        if (tab != null && loaded != null) {
            tab.load(loaded);
        }
        setChanged(false);
    }

    @Override
    public boolean isValid() {
        return tab == null || tab.problem() == null;
    }

    @Override
    public boolean isChanged() {
        return changed;
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return tab().component();
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

    private SettingsTab tab() {
        if (tab == null) {
            tab = tabFactory.apply(this::edited);
        }
        return tab;
    }

    /** An edit: changed while the fields say something other than what was read (typing a value back is no change). */
    private void edited() {
        setChanged(loaded != null && !tab.edits().apply(loaded).equals(loaded));
        support.firePropertyChange(PROP_VALID, null, null);
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
