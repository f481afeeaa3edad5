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

import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * The Storyboard window's keyboard actions, registered with the platform so that Options &gt; Keymap
 * can remap them: callback actions the Storyboard panel performs. Escape is enabled only while an
 * export or a preview runs, so everywhere else it keeps its usual meaning (closing a popup or a dialog).
 */
@Messages("StoryboardShortcuts.cancelRunning=Cancel &Export or Preview")
public final class StoryboardShortcuts {

    /** Stops the export or the preview that is rendering: Escape. */
    @ActionID(category = "Edit", id = "org.sorastudio.storyboard.ui.CancelRunning")
    @ActionRegistration(displayName = "#StoryboardShortcuts.cancelRunning")
    @ActionReference(path = "Shortcuts", name = "ESCAPE")
    public static final String CANCEL_RUNNING = "cancelRunning";

    private StoryboardShortcuts() {
    }
}
