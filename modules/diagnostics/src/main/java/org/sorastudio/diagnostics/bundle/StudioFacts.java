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
package org.sorastudio.diagnostics.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.openide.modules.ModuleInfo;
import org.openide.modules.Modules;

/**
 * What a bug report needs to know about the machine and the studio, as plain text; no paths under the user's name
 * beyond the studio's own.
 */
public final class StudioFacts {

    private StudioFacts() {
    }

    /** The facts, with the free space of {@code outputFolder} (where clips are written). */
    public static String describe(Path outputFolder) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder facts = new StringBuilder();
        line(facts, "Written", Instant.now().toString());
        line(facts, "Sora Studio", studioVersion());
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

    /** This module's specification and build version: the studio's modules are released together. */
    private static String studioVersion() {
        ModuleInfo module = Modules.getDefault().ownerOf(StudioFacts.class);
        return module == null ? "unknown (not started by the platform)"
                : module.getSpecificationVersion() + " (build " + module.getImplementationVersion() + ")";
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
