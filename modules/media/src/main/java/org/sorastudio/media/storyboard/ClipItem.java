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
package org.sorastudio.media.storyboard;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A video file, optionally trimmed. Values are not range-checked here so an editor can hold a
 * half-edited trim; the exporter reports what is wrong with it.
 *
 * @param file              the video file
 * @param inSeconds         where the clip starts in the file ({@code 0} = from the beginning)
 * @param outSeconds        where it ends in the file; {@code null} = to the end of the file
 * @param label             the user's name for the clip, or {@code null}
 * @param crossfadeSeconds  see {@link StoryboardItem#crossfadeSeconds()}
 */
public record ClipItem(Path file, double inSeconds, Double outSeconds, String label, double crossfadeSeconds)
        implements StoryboardItem {

    public ClipItem {
        Objects.requireNonNull(file, "file");
        label = label == null || label.isBlank() ? null : label;
    }

    /** The whole file, no label, hard cut. */
    public static ClipItem of(Path file) {
        return new ClipItem(file, 0, null, null, 0);
    }

    public ClipItem withTrim(double in, Double out) {
        return new ClipItem(file, in, out, label, crossfadeSeconds);
    }

    public ClipItem withLabel(String value) {
        return new ClipItem(file, inSeconds, outSeconds, value, crossfadeSeconds);
    }

    @Override
    public ClipItem withCrossfadeSeconds(double seconds) {
        return new ClipItem(file, inSeconds, outSeconds, label, seconds);
    }

    public boolean isTrimmed() {
        return inSeconds != 0 || outSeconds != null;
    }

    @Override
    public String displayName() {
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        return label == null ? "clip \"" + fileName + "\"" : "clip \"" + label + "\" (" + fileName + ")";
    }
}
