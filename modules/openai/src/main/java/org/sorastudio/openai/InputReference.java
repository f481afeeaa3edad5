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
import java.util.Objects;
import org.sorastudio.core.io.FilePaths;

/**
 * An image that guides generation ({@code input_reference}). A local file is uploaded as
 * multipart; a URL or an uploaded file's id is sent in a JSON body.
 */
public sealed interface InputReference {

    /** A local image uploaded with the request; its dimensions must equal the requested size. */
    record ImageFile(Path file, String contentType) implements InputReference {
        public ImageFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /** A fully qualified URL or a base64 {@code data:} URL. */
    record ImageUrl(String url) implements InputReference {
        public ImageUrl {
            Objects.requireNonNull(url, "url");
        }
    }

    /** The id of a file uploaded through the Files API, e.g. {@code file-123}. */
    record FileId(String id) implements InputReference {
        public FileId {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A local image whose type is taken from its file name (png, jpeg, webp). */
    static ImageFile file(Path file) {
        String name = FilePaths.name(file).toLowerCase(java.util.Locale.ROOT);
        String type;
        if (name.endsWith(".png")) {
            type = "image/png";
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            type = "image/jpeg";
        } else if (name.endsWith(".webp")) {
            type = "image/webp";
        } else {
            throw new IllegalArgumentException("Reference image " + file
                    + " must be a .png, .jpg, .jpeg or .webp file");
        }
        return new ImageFile(file, type);
    }
}
