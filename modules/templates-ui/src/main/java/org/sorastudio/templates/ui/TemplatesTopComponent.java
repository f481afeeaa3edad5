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
package org.sorastudio.templates.ui;

import java.awt.BorderLayout;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.sorastudio.templates.ui.wizard.CsvImportWizard;

/** The Templates window: a thin frame around {@link TemplatesPanel}. */
@ConvertAsProperties(dtd = "-//org.sorastudio.templates.ui//Templates//EN", autostore = false)
@TopComponent.Description(preferredID = TemplatesTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "explorer", openAtStartup = true, position = 200)
@ActionID(category = "Window", id = "org.sorastudio.templates.ui.TemplatesTopComponent")
@ActionReference(path = "Menu/Window", position = 200)
@TopComponent.OpenActionRegistration(displayName = "#Templates.menu", preferredID = TemplatesTopComponent.ID)
@Messages({
    "Templates.window=Templates",
    "Templates.menu=Te&mplates",
    "Templates.windowTip=Prompt templates: search, apply to the shot, batch from a CSV file"
})
public final class TemplatesTopComponent extends TopComponent {

    static final String ID = "TemplatesTopComponent";

    private final TemplatesPanel panel = new TemplatesPanel(Lookup.getDefault(),
            template -> CsvImportWizard.open(Lookup.getDefault(), template));

    public TemplatesTopComponent() {
        setName(Bundle.Templates_window());
        setToolTipText(Bundle.Templates_windowTip());
        setLayout(new BorderLayout());
        add(panel, BorderLayout.CENTER);
    }

    /** A keyboard user switching to this window (Window menu, Ctrl+Tab) lands in its search field. */
    @Override
    protected void componentActivated() {
        panel.requestFocusInWindow();
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // Nothing to restore: the templates live in their own file.
    }
}
