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
package org.sorastudio.postprocess.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many bytes a folder's file system still takes. Tests inject their own to play a filling disk. */
@FunctionalInterface
public interface FreeSpace {

    /**
     * Usable bytes where {@code folder} is, or would be: a folder not created yet is measured at its nearest existing
     * parent.
     *
     * @throws IOException when no part of the path exists or the file system cannot be asked
     */
    long usableBytes(Path folder) throws IOException;

    /** The file system's own answer ({@link java.nio.file.FileStore#getUsableSpace()}). */
    static FreeSpace system() {
        return folder -> {
            Path existing = folder.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                throw new IOException("no part of " + folder + " exists");
            }
            return Files.getFileStore(existing).getUsableSpace();
        };
    }
}
