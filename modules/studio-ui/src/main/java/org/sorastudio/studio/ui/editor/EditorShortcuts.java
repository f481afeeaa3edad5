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
package org.sorastudio.studio.ui.editor;

import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * The Shot editor's keyboard actions, registered with the platform so that Options &gt; Keymap can
 * remap them. Each is a callback action: the editor's panel performs it (its action map holds the
 * key), and it is enabled only while the Shot editor is the active window.
 */
@Messages("EditorShortcuts.generate=&Generate Shot")
public final class EditorShortcuts {

    /** Generate (or Remix) the shot being edited: Ctrl+Enter. */
    @ActionID(category = "Edit", id = "org.sorastudio.studio.ui.editor.Generate")
    @ActionRegistration(displayName = "#EditorShortcuts.generate")
    @ActionReference(path = "Shortcuts", name = "D-ENTER")
    public static final String GENERATE = "generate";

    private EditorShortcuts() {
    }
}
