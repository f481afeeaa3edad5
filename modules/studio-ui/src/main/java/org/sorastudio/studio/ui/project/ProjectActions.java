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
package org.sorastudio.studio.ui.project;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** The File menu's project actions and their shortcuts; each delegates to {@link ProjectCommands}. */
@Messages({
    "ProjectActions.new=&New Project",
    "ProjectActions.open=&Open Project…",
    "ProjectActions.save=&Save Project",
    "ProjectActions.saveAs=Save Project &As…"
})
final class ProjectActions {

    private ProjectActions() {
    }

    @ActionID(category = "File", id = "org.sorastudio.studio.ui.project.NewProject")
    @ActionRegistration(displayName = "#ProjectActions.new", iconBase = "org/sorastudio/studio/ui/project/new.png")
    @ActionReferences({
        @ActionReference(path = "Menu/File", position = 10),
        @ActionReference(path = "Toolbars/File", position = 10),
        @ActionReference(path = "Shortcuts", name = "D-N")
    })
    public static final class NewProject implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            ProjectCommands.newProject();
        }
    }

    @ActionID(category = "File", id = "org.sorastudio.studio.ui.project.OpenProject")
    @ActionRegistration(displayName = "#ProjectActions.open", iconBase = "org/sorastudio/studio/ui/project/open.png")
    @ActionReferences({
        @ActionReference(path = "Menu/File", position = 20),
        @ActionReference(path = "Toolbars/File", position = 20),
        @ActionReference(path = "Shortcuts", name = "D-O")
    })
    public static final class OpenProject implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            ProjectCommands.open();
        }
    }

    @ActionID(category = "File", id = "org.sorastudio.studio.ui.project.SaveProject")
    @ActionRegistration(displayName = "#ProjectActions.save", iconBase = "org/sorastudio/studio/ui/project/save.png")
    @ActionReferences({
        @ActionReference(path = "Menu/File", position = 40),
        @ActionReference(path = "Toolbars/File", position = 30),
        @ActionReference(path = "Shortcuts", name = "D-S")
    })
    public static final class SaveProject implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            ProjectCommands.save();
        }
    }

    @ActionID(category = "File", id = "org.sorastudio.studio.ui.project.SaveProjectAs")
    @ActionRegistration(displayName = "#ProjectActions.saveAs")
    @ActionReferences({
        @ActionReference(path = "Menu/File", position = 50),
        @ActionReference(path = "Shortcuts", name = "DS-S")
    })
    public static final class SaveProjectAs implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            ProjectCommands.saveAs();
        }
    }
}
