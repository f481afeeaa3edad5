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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A studio data file (project, settings, templates, ...) could not be read. Says which file, what
 * is wrong with it in words a user understands, and whether a backup exists to fall back to.
 */
public final class DataFileException extends Exception {

    private final transient Path file;
    private final String problem;

    public DataFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }

    /** The previous version kept by {@link AtomicFile}, when there is one. */
    public Optional<Path> backup() {
        Path backup = new AtomicFile(file).backup();
        return Files.isRegularFile(backup) ? Optional.of(backup) : Optional.empty();
    }
}
