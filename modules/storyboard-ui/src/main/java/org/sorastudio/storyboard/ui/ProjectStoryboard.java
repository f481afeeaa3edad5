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
package org.sorastudio.storyboard.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardFormatException;
import org.sorastudio.media.storyboard.StoryboardJson;

/**
 * Keeps the editor and the project's {@value StoryboardJson#SECTION} section in step: every edit
 * is written into the project through {@link ProjectSession#edit}; a project opened, restored or
 * replaced is loaded into the editor.
 */
@Messages({
    "# {0} - problem",
    "ProjectStoryboard.unreadable=The project''s storyboard cannot be read ({0}); it is left untouched until you edit this one."
})
final class ProjectStoryboard implements Consumer<ProjectSession> {

    private final ProjectSession session;
    private final StoryboardPanel panel;
    /** The section text last written or loaded, to tell our own edits from a new project. */
    private volatile String lastSection;

    ProjectStoryboard(ProjectSession session, StoryboardPanel panel) {
        this.session = session;
        this.panel = panel;
    }

    /** Loads the project's storyboard and starts following the session; EDT. */
    void attach() {
        panel.setOnChange(this::save);
        session.addListener(this);
        load();
    }

    void detach() {
        session.removeListener(this);
        panel.setOnChange(storyboard -> { });
    }

    private void save(Storyboard storyboard) {
        lastSection = StoryboardJson.toJson(storyboard);
        session.edit(project -> StoryboardJson.intoProject(project, storyboard));
    }

    /** Session changes arrive on any thread; only a different storyboard section is reloaded. */
    @Override
    public void accept(ProjectSession changed) {
        if (!Objects.equals(changed.project().sections().get(StoryboardJson.SECTION), lastSection)) {
            SwingUtilities.invokeLater(this::load);
        }
    }

    private void load() {
        String section = session.project().sections().get(StoryboardJson.SECTION);
        if (Objects.equals(section, lastSection) && section != null) {
            return;
        }
        lastSection = section;
        try {
            panel.setStoryboard(StoryboardJson.fromProject(session.project()));
            panel.showStatus(" ", false);
        } catch (StoryboardFormatException e) {
            panel.setStoryboard(Storyboard.empty());
            panel.showStatus(Bundle.ProjectStoryboard_unreadable(e.getMessage()), true);
        }
    }
}
