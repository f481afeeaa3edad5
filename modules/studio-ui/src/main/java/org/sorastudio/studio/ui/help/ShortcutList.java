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
package org.sorastudio.studio.ui.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.Action;
import javax.swing.KeyStroke;
import org.openide.awt.Actions;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.util.Utilities;

/**
 * The shortcuts in force, read the way the platform's keymap reads them: the {@code Shortcuts}
 * folder every module registers into, then the current profile's folder under {@code Keymaps}
 * (what Options &gt; Keymap writes), whose entries replace a default and whose {@code .removed}
 * entries take one away. So the list follows a remapping without being written by hand.
 */
final class ShortcutList {

    static final String SHORTCUTS = "Shortcuts";
    static final String KEYMAPS = "Keymaps";
    /** The profile the platform uses when none was chosen in Options &gt; Keymap. */
    static final String DEFAULT_PROFILE = "NetBeans";
    private static final String REMOVED = "removed";

    /** One action and the keys that run it, as a person reads them ("Ctrl+Enter"). */
    record Entry(String action, String keys) {
    }

    private ShortcutList() {
    }

    /** Every bound key with its action's name, sorted by action. */
    static List<Entry> current() {
        Map<KeyStroke, FileObject> bindings = new LinkedHashMap<>();
        read(FileUtil.getConfigFile(SHORTCUTS), bindings);
        FileObject keymaps = FileUtil.getConfigFile(KEYMAPS);
        if (keymaps != null) {
            Object chosen = keymaps.getAttribute("currentKeymap");
            read(keymaps.getFileObject(chosen instanceof String profile ? profile : DEFAULT_PROFILE), bindings);
        }
        List<Entry> entries = new ArrayList<>();
        bindings.forEach((key, file) -> {
            String name = actionName(file);
            if (name != null) {
                entries.add(new Entry(name, Actions.keyStrokeToString(key)));
            }
        });
        entries.sort(Comparator.comparing(Entry::action, String.CASE_INSENSITIVE_ORDER).thenComparing(Entry::keys));
        return entries;
    }

    private static void read(FileObject folder, Map<KeyStroke, FileObject> bindings) {
        if (folder == null) {
            return;
        }
        for (FileObject binding : folder.getChildren()) {
            KeyStroke[] keys = Utilities.stringToKeys(binding.getName());
            // a multi-key sequence is rare in the studio and has no single KeyStroke: it is left out
            if (keys == null || keys.length != 1) {
                continue;
            }
            if (REMOVED.equals(binding.getExt())) {
                bindings.remove(keys[0]);
            } else {
                bindings.put(keys[0], binding);
            }
        }
    }

    /** The display name of the action a binding points at (a shadow of, or the action itself), or null when it has none. */
    private static String actionName(FileObject binding) {
        Object original = binding.getAttribute("originalFile");
        FileObject definition = original instanceof String path ? FileUtil.getConfigFile(path) : binding;
        if (definition == null) {
            return null;
        }
        Object name = definition.getAttribute("displayName");
        if (!(name instanceof String)) {
            Action action = FileUtil.getConfigObject(definition.getPath(), Action.class);
            name = action == null ? null : action.getValue(Action.NAME);
        }
        return name instanceof String text && !text.isBlank() ? Actions.cutAmpersand(text).replace("…", "").replace("...", "") : null;
    }
}
