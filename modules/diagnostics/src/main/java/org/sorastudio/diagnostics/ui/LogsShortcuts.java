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
package org.sorastudio.diagnostics.ui;

import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * The Logs window's keyboard actions, registered with the platform so that Options &gt; Keymap can
 * remap them: callback actions the Logs panel performs, enabled while the Logs window is active.
 */
@Messages("LogsShortcuts.clear=C&lear Log")
public final class LogsShortcuts {

    /** Empties the Logs window (messages.log keeps every line): Ctrl+L. */
    @ActionID(category = "Edit", id = "org.sorastudio.diagnostics.ui.ClearLog")
    @ActionRegistration(displayName = "#LogsShortcuts.clear")
    @ActionReference(path = "Shortcuts", name = "D-L")
    public static final String CLEAR = "clear";

    private LogsShortcuts() {
    }
}
