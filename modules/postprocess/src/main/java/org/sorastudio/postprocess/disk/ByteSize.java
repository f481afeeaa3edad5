package org.sorastudio.postprocess.disk;

import java.util.Locale;

/** Byte counts as people read them: "820 MB", "3.4 GB" (decimal units, like file managers and {@code df -H}). */
public final class ByteSize {

    private ByteSize() {
    }

    public static String format(long bytes) {
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%d KB", Math.max(0, (bytes + 999) / 1000));
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1e6));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
