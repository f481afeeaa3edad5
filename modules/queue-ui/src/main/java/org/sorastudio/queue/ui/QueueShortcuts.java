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
package org.sorastudio.queue.ui;

import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * The Queue window's keyboard actions, registered with the platform so that Options &gt; Keymap can
 * remap them: callback actions the Queue panel performs (its action map holds the key), enabled
 * while the Queue is the active window.
 */
@Messages("QueueShortcuts.copyJobId=&Copy Job Id")
public final class QueueShortcuts {

    /** Copies the selected job's video id to the clipboard: Ctrl+J. */
    @ActionID(category = "Edit", id = "org.sorastudio.queue.ui.CopyJobId")
    @ActionRegistration(displayName = "#QueueShortcuts.copyJobId")
    @ActionReference(path = "Shortcuts", name = "D-J")
    public static final String COPY_JOB_ID = "copyJobId";

    private QueueShortcuts() {
    }
}
