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
package org.sorastudio.openai;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.sorastudio.core.io.FilePaths;

/**
 * Parameters of {@code POST /videos/characters}: a reusable character from a short clip.
 *
 * @param name  display name, 1..{@value #MAX_NAME_LENGTH} characters
 * @param video the clip to upload (MP4, MOV or WebM)
 */
public record CreateCharacterRequest(String name, Path video) {

    /** The description's {@code maxLength} of {@code name}. */
    public static final int MAX_NAME_LENGTH = 80;

    public CreateCharacterRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(video, "video");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a character needs a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("the name has " + name.length() + " characters, at most "
                    + MAX_NAME_LENGTH + " are allowed");
        }
    }

    /** The upload's media type, from the file's extension; MP4 when it says nothing else. */
    public String contentType() {
        return videoContentType(video);
    }

    /** A video upload's media type, from the file's extension; MP4 when it says nothing else. */
    public static String videoContentType(Path video) {
        String file = FilePaths.name(video).toLowerCase(Locale.ROOT);
        if (file.endsWith(".mov")) {
            return "video/quicktime";
        }
        if (file.endsWith(".webm")) {
            return "video/webm";
        }
        return "video/mp4";
    }
}
