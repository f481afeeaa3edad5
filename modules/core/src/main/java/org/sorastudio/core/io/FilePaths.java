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
package org.sorastudio.core.io;

import java.nio.file.Path;

/**
 * The name and the folder of a path that names a file. {@link Path#getFileName()} and {@link Path#getParent()}
 * return {@code null} for a file system root (and {@code getParent} for a bare relative name); a file the studio
 * reads or writes is never a root, so these say so with a clear exception rather than a NullPointerException
 * further on, and take a bare name to be in the working directory.
 */
public final class FilePaths {

    private FilePaths() {
    }

    /** The file's own name, e.g. {@code clip.mp4}. */
    public static String name(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            throw new IllegalArgumentException(file + " is a root, not a file");
        }
        return name.toString();
    }

    /** The folder holding the file: its parent as written, or the working directory for a bare name. */
    public static Path folder(Path file) {
        Path folder = file.getParent();
        if (folder == null) {
            folder = file.toAbsolutePath().getParent();
        }
        if (folder == null) {
            throw new IllegalArgumentException(file + " is a root, not a file");
        }
        return folder;
    }
}
