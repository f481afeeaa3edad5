package org.sorastudio.openai;

import java.nio.file.Path;

/**
 * A finished download.
 *
 * @param file        the target file, complete
 * @param bytes       its size
 * @param contentType the server's {@code Content-Type}, or {@code null}
 * @param resumes     how many times the transfer was continued with a Range request after a cut
 * @param restarts    how many times it started over because the server would not resume
 */
public record DownloadResult(Path file, long bytes, String contentType, int resumes, int restarts) {
}
