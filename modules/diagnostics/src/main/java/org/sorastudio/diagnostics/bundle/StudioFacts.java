package org.sorastudio.diagnostics.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/** What a bug report needs to know about the machine and the studio, as plain text; no paths under the user's name beyond the studio's own. */
public final class StudioFacts {

    private StudioFacts() {
    }

    /** The facts, with the free space of {@code outputFolder} (where clips are written). */
    public static String describe(Path outputFolder) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder facts = new StringBuilder();
        line(facts, "Written", Instant.now().toString());
        line(facts, "Platform build", System.getProperty("netbeans.buildnumber", "none (not started by the platform)"));
        line(facts, "Java", System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")");
        line(facts, "Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        line(facts, "Processors", String.valueOf(runtime.availableProcessors()));
        line(facts, "Memory", mb(runtime.totalMemory() - runtime.freeMemory()) + " used of " + mb(runtime.maxMemory()) + " MB");
        line(facts, "Locale", Locale.getDefault().toLanguageTag());
        line(facts, "Free space for clips", freeSpace(outputFolder));
        return facts.toString();
    }

    /** Free space of the disk holding {@code folder} (or its nearest existing parent), in words. */
    public static String freeSpace(Path folder) {
        Path existing = folder == null ? null : folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "unknown (no output folder)";
        }
        try {
            long usable = Files.getFileStore(existing).getUsableSpace();
            return String.format(Locale.ROOT, "%.1f GB", usable / 1e9);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static void line(StringBuilder facts, String name, String value) {
        facts.append(name).append(": ").append(value).append('\n');
    }
}
