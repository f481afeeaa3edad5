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
package org.sorastudio.studio.ui.help;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.awt.HtmlBrowser;
import org.openide.util.NbBundle.Messages;

/**
 * Help &gt; User Guide (F1): the guide shipped in the installation's {@code docs} folder, shown by the
 * platform's URL displayer (the desktop's browser or viewer).
 */
@ActionID(category = "Help", id = "org.sorastudio.studio.ui.help.UserGuide")
@ActionRegistration(displayName = "#UserGuide.name")
@ActionReferences({
    @ActionReference(path = "Menu/Help", position = 100),
    @ActionReference(path = "Shortcuts", name = "F1")
})
@Messages({
    "UserGuide.name=User &Guide",
    "# {0} - where the guide was looked for",
    "UserGuide.missing=The user guide is not in this installation (looked for {0})."
})
public final class UserGuideAction implements ActionListener {

    static final String GUIDE = "docs/README.md";

    @Override
    public void actionPerformed(ActionEvent e) {
        Optional<Path> guide = guide(System.getProperty("netbeans.home"));
        try {
            if (guide.isPresent()) {
                HtmlBrowser.URLDisplayer.getDefault().showURL(guide.get().toUri().toURL());
                return;
            }
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.UserGuide_missing(GUIDE),
                NotifyDescriptor.WARNING_MESSAGE));
    }

    /** The guide beside the platform cluster ({@code netbeans.home}), in the installation's root, if it is there. */
    static Optional<Path> guide(String platformCluster) {
        if (platformCluster == null) {
            return Optional.empty();
        }
        Path root = Path.of(platformCluster).toAbsolutePath().getParent();
        return Optional.ofNullable(root).map(folder -> folder.resolve(GUIDE)).filter(Files::isRegularFile);
    }
}
