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
package org.sorastudio.templates.ui.history;

import java.awt.BorderLayout;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** The Prompt History window, a tab beside Templates: a thin frame around {@link PromptHistoryPanel}. */
@ConvertAsProperties(dtd = "-//org.sorastudio.templates.ui.history//PromptHistory//EN", autostore = false)
@TopComponent.Description(preferredID = PromptHistoryTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "explorer", openAtStartup = true, position = 210)
@ActionID(category = "Window", id = "org.sorastudio.templates.ui.history.PromptHistoryTopComponent")
@ActionReference(path = "Menu/Window", position = 210)
@TopComponent.OpenActionRegistration(displayName = "#PromptHistory.menu", preferredID = PromptHistoryTopComponent.ID)
@Messages({
    "PromptHistory.window=Prompt History",
    "PromptHistory.menu=&Prompt History",
    "PromptHistory.windowTip=The last prompts sent; use one again in the Shot editor"
})
public final class PromptHistoryTopComponent extends TopComponent {

    static final String ID = "PromptHistoryTopComponent";

    private final PromptHistoryPanel panel = new PromptHistoryPanel(Lookup.getDefault());

    public PromptHistoryTopComponent() {
        setName(Bundle.PromptHistory_window());
        setToolTipText(Bundle.PromptHistory_windowTip());
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
        // Nothing to restore: the history lives in its own file.
    }
}
