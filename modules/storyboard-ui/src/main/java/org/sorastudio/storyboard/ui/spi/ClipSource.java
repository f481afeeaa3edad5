package org.sorastudio.storyboard.ui.spi;

import java.awt.Component;
import java.nio.file.Path;
import java.util.List;

/**
 * A place the storyboard editor can take clips from besides the file chooser, e.g. the generation
 * queue's completed jobs. Register implementations with {@code @ServiceProvider}: the editor shows
 * one "Add" button per source found in {@code Lookup.getDefault()}.
 */
public interface ClipSource {

    /** The button text, e.g. {@code "Add from Completed Jobs…"}. */
    String displayName();

    /**
     * Lets the user pick clips, on the EDT.
     *
     * @param parent the editor, to place a dialog over
     * @return the chosen video files in the order to add them; empty when the user cancels
     */
    List<Path> pickClips(Component parent);
}
