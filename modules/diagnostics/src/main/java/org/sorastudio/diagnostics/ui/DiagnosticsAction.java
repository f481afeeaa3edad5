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

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.nio.file.Path;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.diagnostics.bundle.StudioBundle;
import org.sorastudio.diagnostics.bundle.StudioFacts;
import org.sorastudio.diagnostics.capture.LogCapture;
import org.sorastudio.openai.spi.ApiClientProvider;

/** Help > Diagnostics…: the checks and the log bundle, in a window that stays open beside the studio. */
@ActionID(category = "Help", id = "org.sorastudio.diagnostics.ui.DiagnosticsAction")
@ActionRegistration(displayName = "#Diagnostics.name")
@ActionReference(path = "Menu/Help", position = 150)
@Messages({
    "Diagnostics.name=&Diagnostics…",
    "Diagnostics.title=Sora Studio Diagnostics"
})
public final class DiagnosticsAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        SettingsStore store = StudioSecrets.store();
        Settings settings = StudioSecrets.settings();
        Path output = StudioSecrets.outputFolder(settings);
        Path logs = LogFolder.path();
        Path settingsFile = store == null ? StudioDirectories.userDirectory().resolve(SettingsStore.FILE_NAME) : store.path();
        GenerationQueue queue = Lookup.getDefault().lookup(GenerationQueue.class);
        Path journal = queue == null ? null : queue.journal().orElse(null);
        DiagnosticsPanel.BundleWriter bundle = zip -> StudioSecrets.redaction(settings).write(zip,
                StudioBundle.parts(logs, LogCapture.shared().after(0), settingsFile, journal, StudioFacts.describe(output)));
        DiagnosticsPanel panel = new DiagnosticsPanel(Lookup.getDefault().lookup(ApiClientProvider.class), output, bundle);
        DialogDescriptor window = new DialogDescriptor(panel, Bundle.Diagnostics_title(), false,
                new Object[]{DialogDescriptor.CLOSED_OPTION}, DialogDescriptor.CLOSED_OPTION, DialogDescriptor.DEFAULT_ALIGN, null, null);
        DialogDisplayer.getDefault().createDialog(window).setVisible(true);
    }
}
