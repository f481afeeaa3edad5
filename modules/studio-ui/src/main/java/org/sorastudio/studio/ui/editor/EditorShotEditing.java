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

import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ShotEditing;

/** Gives other modules the Shot editor's shot, through the window system's single editor instance. */
@ServiceProvider(service = ShotEditing.class)
public final class EditorShotEditing implements ShotEditing {

    @Override
    public Optional<Shot> currentShot() {
        return editor().filter(TopComponent::isOpened).map(ShotEditorTopComponent::shot);
    }

    @Override
    public void edit(Shot shot) {
        editor().ifPresent(editor -> {
            editor.open();
            editor.requestActive();
            editor.setShot(shot);
        });
    }

    @Override
    public void insertIntoPrompt(String text) {
        editor().ifPresent(editor -> {
            editor.open();
            editor.requestActive();
            editor.insertIntoPrompt(text);
        });
    }

    private static Optional<ShotEditorTopComponent> editor() {
        return Optional.ofNullable(WindowManager.getDefault().findTopComponent(ShotEditorTopComponent.ID))
                .filter(ShotEditorTopComponent.class::isInstance).map(ShotEditorTopComponent.class::cast);
    }
}
