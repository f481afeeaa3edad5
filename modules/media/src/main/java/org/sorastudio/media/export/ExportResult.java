package org.sorastudio.media.export;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished export.
 *
 * @param file             the MP4, now in its final place
 * @param method           the path that produced it
 * @param durationSeconds  the planned length of the output
 * @param elapsed          wall-clock time ffmpeg took
 */
public record ExportResult(Path file, ExportMethod method, double durationSeconds, Duration elapsed) {
}
