package org.sorastudio.media.impl;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sorastudio.core.io.AtomicFile;

/**
 * A hidden temporary file beside a target, which ffmpeg writes and which replaces the target by a
 * rename only once complete (same folder, so the rename is atomic on one file system). Core's
 * {@code AtomicFile} does this for bytes it is handed; here an external process writes the file.
 */
final class PartialFile {

    private PartialFile() {
    }

    static Path besides(Path target) throws IOException {
        return AtomicFile.createSibling(target, ".part");
    }

    static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
