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
package org.sorastudio.templates.ui.wizard;

import java.awt.LayoutManager;
import javax.swing.JPanel;
import javax.swing.event.ChangeListener;
import org.openide.WizardDescriptor;
import org.openide.util.ChangeSupport;
import org.openide.util.HelpCtx;

/**
 * One step of the CSV wizard: the wizard contract and the step's Swing content ({@link #panel},
 * which can be shown and tested on its own). A separate panel rather than a JPanel subclass,
 * because the wizard's {@code isValid()} and {@code validate()} would override AWT's.
 */
abstract class WizardStep implements WizardDescriptor.Panel<WizardDescriptor> {

    protected final CsvImportModel model;
    protected final JPanel panel;
    private final ChangeSupport changes = new ChangeSupport(this);
    private WizardDescriptor wizard;

    WizardStep(CsvImportModel model, String title, LayoutManager layout) {
        this.model = model;
        this.panel = new JPanel(layout);
        panel.setName(title);
    }

    /** The step's name in the wizard's list of steps. */
    String title() {
        return panel.getName();
    }

    @Override
    public final JPanel getComponent() {
        return panel;
    }

    @Override
    public HelpCtx getHelp() {
        return HelpCtx.DEFAULT_HELP;
    }

    @Override
    public final void readSettings(WizardDescriptor settings) {
        this.wizard = settings;
        entered();
    }

    @Override
    public void storeSettings(WizardDescriptor settings) {
        // Steps write into the shared model as the user works.
    }

    /** Called each time the step is shown, going forward or back. */
    protected abstract void entered();

    @Override
    public final void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }

    @Override
    public final void removeChangeListener(ChangeListener listener) {
        changes.removeChangeListener(listener);
    }

    /** Tells the wizard that {@link #isValid()} may have changed. */
    protected final void fireChange() {
        changes.fireChange();
    }

    /** Shows {@code message} in the wizard's message line under {@code key} (error, warning, info), or clears it. */
    protected final void message(String key, String message) {
        if (wizard != null) {
            wizard.putProperty(WizardDescriptor.PROP_ERROR_MESSAGE, null);
            wizard.putProperty(WizardDescriptor.PROP_WARNING_MESSAGE, null);
            wizard.putProperty(WizardDescriptor.PROP_INFO_MESSAGE, null);
            if (message != null) {
                wizard.putProperty(key, message);
            }
        }
    }
}
