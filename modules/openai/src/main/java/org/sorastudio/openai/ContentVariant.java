package org.sorastudio.openai;

import java.util.Locale;

/** Which asset {@code GET /videos/{id}/content} returns. */
public enum ContentVariant {
    VIDEO, THUMBNAIL, SPRITESHEET;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
