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
package org.sorastudio.characters.ui;

import java.awt.BorderLayout;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.sorastudio.core.spi.ClipSource;
import org.sorastudio.core.spi.ShotEditing;
import org.sorastudio.core.spi.VideoLimits;
import org.sorastudio.core.spi.VideoLimits.Limits;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.frames.FrameGrabber;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.openai.spi.ApiClientProvider;

/** The Characters window, beside the project and templates; the library lives in the user directory. */
@TopComponent.Description(preferredID = CharactersTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "explorer", openAtStartup = false, position = 500)
@ActionID(category = "Window", id = "org.sorastudio.characters.ui.CharactersTopComponent")
@ActionReference(path = "Menu/Window", position = 500)
@TopComponent.OpenActionRegistration(displayName = "#Characters.menu", preferredID = CharactersTopComponent.ID)
@Messages({
    "Characters.window=Characters",
    "Characters.menu=&Characters",
    "Characters.windowTip=Reusable characters: the same person or creature across shots"
})
public final class CharactersTopComponent extends TopComponent {

    static final String ID = "CharactersTopComponent";

    public CharactersTopComponent() {
        setName(Bundle.Characters_window());
        setToolTipText(Bundle.Characters_windowTip());
        Lookup lookup = Lookup.getDefault();
        ApiClientProvider clients = lookup.lookup(ApiClientProvider.class);
        CharacterLibrary library = CharacterLibrary.inUserDirectory();
        CharacterMaker maker = new CharacterMaker(lookup.lookup(MediaProbe.class), lookup.lookup(StoryboardExporter.class),
                lookup.lookup(FrameGrabber.class), clients, library);
        setLayout(new BorderLayout());
        add(new CharactersPanel(library, maker, () -> limits(clients), () -> clients == null ? null : clients.activeProfile(),
                () -> Lookup.getDefault().lookupAll(ClipSource.class).stream().flatMap(source -> source.clips().stream()).toList(),
                () -> Lookup.getDefault().lookup(ShotEditing.class)), BorderLayout.CENTER);
    }

    /** The active profile's limits; nothing known (the server decides) without a capabilities module. */
    private static Limits limits(ApiClientProvider clients) {
        VideoLimits limits = Lookup.getDefault().lookup(VideoLimits.class);
        return limits == null || clients == null ? Limits.UNKNOWN : limits.limits(clients.activeProfile());
    }
}
