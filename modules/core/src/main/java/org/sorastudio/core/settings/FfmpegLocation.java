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
package org.sorastudio.core.settings;

import java.nio.file.Path;

/**
 * Where the studio runs ffmpeg and ffprobe from: the folder named by the system property {@value #DIRECTORY_PROPERTY},
 * else the {@code PATH}. Every module that starts them (media's export and frame grabs, post-processing presets) asks
 * here; it lives in core so that a module naming the tools (the CLI's post-processing) needs no media libraries.
 */
public final class FfmpegLocation {

    public static final String DIRECTORY_PROPERTY = "sorastudio.ffmpeg.dir";

    private FfmpegLocation() {
    }

    /** The configured folder, or {@code null} for the {@code PATH}. */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY, "");
        return configured.isBlank() ? null : Path.of(configured);
    }

    /** The ffmpeg executable to start: a path in the configured folder, or the bare name for the {@code PATH}. */
    public static Path ffmpeg() {
        return tool("ffmpeg");
    }

    public static Path ffprobe() {
        return tool("ffprobe");
    }

    private static Path tool(String name) {
        Path directory = directory();
        return directory == null ? Path.of(name) : directory.resolve(name);
    }
}
