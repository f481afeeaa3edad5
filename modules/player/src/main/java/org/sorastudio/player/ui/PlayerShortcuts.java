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

import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * The player's keys, registered with the platform so that Options &gt; Keymap can remap them. Each
 * is a callback action the player panel performs (its action map holds the key), enabled only
 * while the Player is the active window: Space and the arrows keep their usual meaning elsewhere.
 */
@Messages({
    "PlayerShortcuts.togglePlay=&Play or Pause",
    "PlayerShortcuts.previousFrame=Back One &Frame",
    "PlayerShortcuts.nextFrame=Forward One F&rame",
    "PlayerShortcuts.backOneSecond=&Back One Second",
    "PlayerShortcuts.forwardOneSecond=Forward One &Second",
    "PlayerShortcuts.firstFrame=To the F&irst Frame",
    "PlayerShortcuts.lastFrame=To the &Last Frame"
})
public final class PlayerShortcuts {

    @ActionID(category = "View", id = "org.sorastudio.player.ui.TogglePlay")
    @ActionRegistration(displayName = "#PlayerShortcuts.togglePlay")
    @ActionReference(path = "Shortcuts", name = "SPACE")
    public static final String TOGGLE_PLAY = "togglePlay";

    @ActionID(category = "View", id = "org.sorastudio.player.ui.PreviousFrame")
    @ActionRegistration(displayName = "#PlayerShortcuts.previousFrame")
    @ActionReference(path = "Shortcuts", name = "LEFT")
    public static final String PREVIOUS_FRAME = "previousFrame";

    @ActionID(category = "View", id = "org.sorastudio.player.ui.NextFrame")
    @ActionRegistration(displayName = "#PlayerShortcuts.nextFrame")
    @ActionReference(path = "Shortcuts", name = "RIGHT")
    public static final String NEXT_FRAME = "nextFrame";

    @ActionID(category = "View", id = "org.sorastudio.player.ui.BackOneSecond")
    @ActionRegistration(displayName = "#PlayerShortcuts.backOneSecond")
    @ActionReference(path = "Shortcuts", name = "S-LEFT")
    public static final String BACK_ONE_SECOND = "backOneSecond";

    @ActionID(category = "View", id = "org.sorastudio.player.ui.ForwardOneSecond")
    @ActionRegistration(displayName = "#PlayerShortcuts.forwardOneSecond")
    @ActionReference(path = "Shortcuts", name = "S-RIGHT")
    public static final String FORWARD_ONE_SECOND = "forwardOneSecond";

    @ActionID(category = "View", id = "org.sorastudio.player.ui.FirstFrame")
    @ActionRegistration(displayName = "#PlayerShortcuts.firstFrame")
    @ActionReference(path = "Shortcuts", name = "HOME")
    public static final String FIRST_FRAME = "firstFrame";

    @ActionID(category = "View", id = "org.sorastudio.player.ui.LastFrame")
    @ActionRegistration(displayName = "#PlayerShortcuts.lastFrame")
    @ActionReference(path = "Shortcuts", name = "END")
    public static final String LAST_FRAME = "lastFrame";

    private PlayerShortcuts() {
    }
}
