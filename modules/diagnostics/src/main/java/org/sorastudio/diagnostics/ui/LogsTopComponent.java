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
package org.sorastudio.diagnostics.ui;

import java.awt.BorderLayout;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.sorastudio.diagnostics.capture.LogCapture;

/** The Logs window, a tab in the bottom area beside the Queue: a thin frame around {@link LogsPanel}. */
@ConvertAsProperties(dtd = "-//org.sorastudio.diagnostics.ui//Logs//EN", autostore = false)
@TopComponent.Description(preferredID = LogsTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "output", openAtStartup = false, position = 300)
@ActionID(category = "Window", id = "org.sorastudio.diagnostics.ui.LogsTopComponent")
@ActionReference(path = "Menu/Window", position = 450)
@TopComponent.OpenActionRegistration(displayName = "#Logs.menu", preferredID = LogsTopComponent.ID)
@Messages({
    "Logs.window=Logs",
    "Logs.menu=Lo&gs",
    "Logs.windowTip=What the studio did and what the servers answered, live"
})
public final class LogsTopComponent extends TopComponent {

    static final String ID = "LogsTopComponent";

    public LogsTopComponent() {
        setName(Bundle.Logs_window());
        setToolTipText(Bundle.Logs_windowTip());
        setLayout(new BorderLayout());
        LogsPanel logs = new LogsPanel(LogCapture.shared(), LogFolder.path(), StatusDisplayer.getDefault()::setStatusText);
        // In the studio the keymap (Options > Keymap) owns Ctrl+L: LogsShortcuts reach the panel's action map.
        logs.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).clear();
        add(logs, BorderLayout.CENTER);
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // Nothing to restore: the lines live in memory only, messages.log keeps them on disk.
    }
}
