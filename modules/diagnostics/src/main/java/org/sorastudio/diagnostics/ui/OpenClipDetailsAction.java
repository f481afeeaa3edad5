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
import java.io.File;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;

/** File > Open Clip Details…: any clip's sidecar (the {@code .json} beside the {@code .mp4}), chosen from disk. */
@ActionID(category = "File", id = "org.sorastudio.diagnostics.ui.OpenClipDetailsAction")
@ActionRegistration(displayName = "#OpenClipDetails.name")
@ActionReference(path = "Menu/File", position = 310)
@Messages({
    "OpenClipDetails.name=Open Clip &Details…",
    "OpenClipDetails.title=Open a Clip's Details",
    "OpenClipDetails.filter=Clip details (*.json)"
})
public final class OpenClipDetailsAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        File chosen = new FileChooserBuilder(OpenClipDetailsAction.class).setTitle(Bundle.OpenClipDetails_title()).setFilesOnly(true)
                .setFileFilter(new FileNameExtensionFilter(Bundle.OpenClipDetails_filter(), "json"))
                .showOpenDialog();
        if (chosen != null) {
            new ClipDetailsOpener().show(chosen.toPath());
        }
    }
}
