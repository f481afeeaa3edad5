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
package org.sorastudio.moderation.ui;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/** The Safety category of the Options window: the preferences are read and written off the event thread. */
@OptionsPanelController.SubRegistration(location = "SoraStudio", id = "Safety", displayName = "#SafetyOptions.category",
        keywords = "#SafetyOptions.keywords", keywordsCategory = "SoraStudio/Safety", position = 500)
@Messages({
    "SafetyOptions.category=Safety",
    "SafetyOptions.keywords=moderation safety blocked prompt check words rewrite"
})
public final class SafetyOptionsController extends OptionsPanelController {

    private static final RequestProcessor IO = new RequestProcessor(SafetyOptionsController.class.getName(), 1);

    private final PropertyChangeSupport support = new PropertyChangeSupport(this);
    private SafetyOptionsPanel panel;
    private boolean changed;

    @Override
    public void update() {
        SafetyOptionsPanel target = panel();
        IO.post(() -> {
            SafetyPreferences preferences = SafetyPreferences.load();
            SwingUtilities.invokeLater(() -> {
                target.load(preferences);
                changed = false;
            });
        });
    }

    @Override
    public void applyChanges() {
        if (panel != null) {
            SafetyPreferences preferences = panel.preferences();
            IO.post(preferences::save);
        }
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

    private SafetyOptionsPanel panel() {
        if (panel == null) {
            panel = new SafetyOptionsPanel(() -> {
                if (!changed) {
                    changed = true;
                    support.firePropertyChange(OptionsPanelController.PROP_CHANGED, false, true);
                }
                support.firePropertyChange(OptionsPanelController.PROP_VALID, null, null);
            });
        }
        return panel;
    }
}
