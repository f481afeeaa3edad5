package org.sorastudio.templates.csv;

import java.nio.file.Path;

/** A CSV file cannot be used at all: missing, too large, empty, without a header. */
public final class CsvFileException extends Exception {

    private final transient Path file;
    private final String problem;

    public CsvFileException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
