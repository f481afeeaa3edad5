package org.sorastudio.characters.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ShotEditing;

/** Test stand-in for the Shot editor: remembers what was inserted into its prompt. */
@ServiceProvider(service = ShotEditing.class)
public final class RecordingShotEditing implements ShotEditing {

    static final List<String> INSERTED = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Shot> currentShot() {
        return Optional.empty();
    }

    @Override
    public void edit(Shot shot) {
    }

    @Override
    public void insertIntoPrompt(String text) {
        INSERTED.add(text);
    }
}
