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

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.core.spi.ClipChain;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardFormatException;
import org.sorastudio.media.storyboard.StoryboardItem;
import org.sorastudio.media.storyboard.StoryboardJson;

/**
 * Places an extension or edit right after its source clip in the project's storyboard, when the source is there
 * (every occurrence gets its successor once). The edit goes through the project session, so an open Storyboard
 * window reloads it like any other change; nothing happens without a session or with an unreadable storyboard.
 */
@ServiceProvider(service = ClipChain.class)
public final class StoryboardChain implements ClipChain {

    private static final Logger LOG = Logger.getLogger(StoryboardChain.class.getName());

    @Override
    public void clipDerived(Path sourceClip, Path newClip) {
        ProjectSession session = Lookup.getDefault().lookup(ProjectSession.class);
        if (session == null) {
            return;
        }
        session.edit(project -> withSuccessor(project, sourceClip, newClip));
    }

    static Project withSuccessor(Project project, Path sourceClip, Path newClip) {
        Storyboard storyboard;
        try {
            storyboard = StoryboardJson.fromProject(project);
        } catch (StoryboardFormatException e) {
            LOG.log(Level.INFO, "The storyboard cannot be read, so {0} is not placed in it: {1}",
                    new Object[]{newClip.getFileName(), e.getMessage()});
            return project;
        }
        Storyboard placed = placeAfter(storyboard, sourceClip, newClip);
        return placed == storyboard ? project : StoryboardJson.intoProject(project, placed);
    }

    /** {@code storyboard} with {@code newClip} after each {@code sourceClip}; the same object when nothing changed. */
    static Storyboard placeAfter(Storyboard storyboard, Path sourceClip, Path newClip) {
        List<StoryboardItem> items = storyboard.items();
        if (items.stream().anyMatch(item -> isClip(item, newClip))) {
            return storyboard;
        }
        Storyboard result = storyboard;
        for (int index = items.size() - 1; index >= 0; index--) {
            if (isClip(items.get(index), sourceClip)) {
                result = result.insert(index + 1, ClipItem.of(newClip));
            }
        }
        return result;
    }

    private static boolean isClip(StoryboardItem item, Path file) {
        return item instanceof ClipItem clip && clip.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }
}
