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
