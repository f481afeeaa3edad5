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
