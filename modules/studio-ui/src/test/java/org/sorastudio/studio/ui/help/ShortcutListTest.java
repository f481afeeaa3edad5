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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;

/** The Keyboard Shortcuts list is read from the keymap: the registered defaults, then the profile's changes. */
class ShortcutListTest {

    @AfterEach
    void forgetRemapping() throws IOException {
        FileObject keymaps = FileUtil.getConfigFile(ShortcutList.KEYMAPS);
        if (keymaps != null) {
            keymaps.delete();
        }
    }

    @Test
    void theRegisteredShortcutsAreListedWithTheirKeys() {
        assertThat(ShortcutList.current()).contains(
                new ShortcutList.Entry("Generate Shot", "Ctrl+Enter"),
                new ShortcutList.Entry("User Guide", "F1"),
                new ShortcutList.Entry("New Project", "Ctrl+N"));
    }

    @Test
    void aRemappingInOptionsKeymapReplacesTheDefault() throws IOException {
        FileObject profile = FileUtil.createFolder(FileUtil.getConfigRoot(), ShortcutList.KEYMAPS + "/" + ShortcutList.DEFAULT_PROFILE);
        profile.createData("D-ENTER", "removed");
        FileObject remapped = profile.createData("D-G", "shadow");
        remapped.setAttribute("originalFile", "Actions/Edit/org-sorastudio-studio-ui-editor-Generate.instance");

        assertThat(ShortcutList.current())
                .contains(new ShortcutList.Entry("Generate Shot", "Ctrl+G"))
                .doesNotContain(new ShortcutList.Entry("Generate Shot", "Ctrl+Enter"));
    }
}
