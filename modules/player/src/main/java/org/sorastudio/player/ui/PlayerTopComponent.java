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

import java.awt.BorderLayout;
import java.nio.file.Path;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The player window, in the editor area where a video has room. Not restored at start-up: the clip
 * it showed may be gone, and opening it costs loading libVLC.
 */
@TopComponent.Description(preferredID = PlayerTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 300)
@ActionID(category = "Window", id = "org.sorastudio.player.ui.PlayerTopComponent")
@ActionReference(path = "Menu/Window", position = 300)
@TopComponent.OpenActionRegistration(displayName = "#Player.menu", preferredID = PlayerTopComponent.ID)
@Messages({
    "Player.window=Player",
    "Player.menu=P&layer",
    "Player.windowTip=Play a clip frame by frame, grab frames, make contact sheets"
})
public final class PlayerTopComponent extends TopComponent {

    static final String ID = "PlayerTopComponent";

    private final PlayerPanel panel = new PlayerPanel(LibVlc.discover());

    public PlayerTopComponent() {
        setName(Bundle.Player_window());
        setToolTipText(Bundle.Player_windowTip());
        setLayout(new BorderLayout());
        add(panel, BorderLayout.CENTER);
        // In the studio the keymap (Options > Keymap) owns the player's keys: PlayerShortcuts reach the panel's action map.
        panel.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).clear();
        // A drop anywhere on the window, not only on the video, opens the file.
        setTransferHandler(panel.getTransferHandler());
    }

    /** The window, created if the window system has none yet. EDT only. */
    static PlayerTopComponent find() {
        TopComponent found = WindowManager.getDefault().findTopComponent(ID);
        return found instanceof PlayerTopComponent player ? player : new PlayerTopComponent();
    }

    void play(Path clip) {
        if (!isOpened()) {
            open();
        }
        requestActive();
        panel.open(clip);
    }

    @Override
    protected void componentActivated() {
        panel.surface().requestFocusInWindow();
    }

    @Override
    protected void componentClosed() {
        panel.release();
    }
}
