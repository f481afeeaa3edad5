package org.sorastudio.characters.ui;

import java.time.Instant;
import java.util.Objects;

/**
 * A character the server made for the studio, as kept in the local library.
 *
 * @param id        the server's id ({@code char_…}), what the server knows it by
 * @param name      its display name, also the word prompts mention it by
 * @param profile   the server profile it was made on (a character exists on that server only)
 * @param createdAt when the server made it
 * @param thumbnail the thumbnail's file name inside the library folder, or null when none could be made
 */
record Character(String id, String name, String profile, Instant createdAt, String thumbnail) {

    Character {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
