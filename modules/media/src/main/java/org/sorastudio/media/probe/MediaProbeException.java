package org.sorastudio.media.probe;

import java.nio.file.Path;

/** A file that cannot be used as a video, with a message naming the file and what is wrong. */
public class MediaProbeException extends Exception {

    private final transient Path file;
    private final String problem;

    public MediaProbeException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name, e.g. "file not found". */
    public String problem() {
        return problem;
    }
}
