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

import java.awt.BorderLayout;
import java.util.ArrayList;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.frames.FrameGrabber;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.core.spi.ClipPlayer;
import org.sorastudio.core.spi.ClipDerivation;
import org.sorastudio.core.spi.ClipSource;

/** The storyboard editor window; the storyboard itself lives in the project. */
@TopComponent.Description(preferredID = StoryboardTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 400)
@ActionID(category = "Window", id = "org.sorastudio.storyboard.ui.StoryboardTopComponent")
@ActionReference(path = "Menu/Window", position = 400)
@TopComponent.OpenActionRegistration(displayName = "#Storyboard.menu", preferredID = StoryboardTopComponent.ID)
@Messages({
    "Storyboard.window=Storyboard",
    "Storyboard.menu=Sto&ryboard",
    "Storyboard.windowTip=Cut clips and title cards into one film and export it"
})
public final class StoryboardTopComponent extends TopComponent {

    static final String ID = "StoryboardTopComponent";
    /** Probes and thumbnails: ffmpeg work, two at a time. */
    private static final RequestProcessor MEDIA_WORK = new RequestProcessor("Storyboard media work", 2);

    private final StoryboardPanel panel;
    private final ProjectStoryboard project;

    public StoryboardTopComponent() {
        setName(Bundle.Storyboard_window());
        setToolTipText(Bundle.Storyboard_windowTip());
        Lookup lookup = Lookup.getDefault();
        panel = new StoryboardPanel(
                new ClipFacts(lookup.lookup(MediaProbe.class), MEDIA_WORK),
                new Thumbnails(lookup.lookup(FrameGrabber.class), MEDIA_WORK),
                new StoryboardExport(lookup.lookup(StoryboardExporter.class), () -> Lookup.getDefault().lookup(ClipPlayer.class)),
                new StoryboardPreview(lookup.lookup(StoryboardExporter.class), () -> Lookup.getDefault().lookup(ClipPlayer.class)),
                new ArrayList<>(lookup.lookupAll(ClipSource.class)),
                lookup.lookup(ClipDerivation.class));
        project = new ProjectStoryboard(lookup.lookup(ProjectSession.class), panel);
        setLayout(new BorderLayout());
        add(panel, BorderLayout.CENTER);
    }

    @Override
    protected void componentOpened() {
        project.attach();
    }

    @Override
    protected void componentClosed() {
        project.detach();
    }
}
