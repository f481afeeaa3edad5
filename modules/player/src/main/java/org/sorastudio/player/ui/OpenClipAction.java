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
package org.sorastudio.player.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.spi.ClipPlayer;

/** File > Open Clip…: any video file into the player. */
@ActionID(category = "File", id = "org.sorastudio.player.ui.OpenClipAction")
@ActionRegistration(displayName = "#OpenClip.name")
@ActionReference(path = "Menu/File", position = 300, separatorBefore = 290)
@Messages({
    "OpenClip.name=Open &Clip…",
    "OpenClip.title=Open Clip",
    "OpenClip.videos=Video files (mp4, mov, webm, mkv, m4v, avi)"
})
public final class OpenClipAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        File chosen = new FileChooserBuilder(OpenClipAction.class)
                .setTitle(Bundle.OpenClip_title())
                .setFilesOnly(true)
                .setFileFilter(new FileNameExtensionFilter(Bundle.OpenClip_videos(), "mp4", "mov", "webm", "mkv", "m4v", "avi"))
                .showOpenDialog();
        if (chosen != null) {
            Lookup.getDefault().lookup(ClipPlayer.class).play(chosen.toPath());
        }
    }
}
