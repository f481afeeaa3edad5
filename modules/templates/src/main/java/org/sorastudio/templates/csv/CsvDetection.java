package org.sorastudio.templates.csv;

import java.nio.file.Path;

/**
 * What {@link CsvDetector} found out about a file, with the reasons in words so the user can judge
 * them and override any choice through {@link #settings()}.
 *
 * @param byteOrderMark whether the file starts with a byte order mark
 */
public record CsvDetection(Path file, long size, CsvEncoding encoding, boolean byteOrderMark, String encodingReason,
        CsvDelimiter delimiter, String delimiterReason, long maxBytes) {

    /** Settings to read the file with, assuming a header row. */
    public CsvSettings settings() {
        return new CsvSettings(encoding, delimiter, true, maxBytes);
    }
}
