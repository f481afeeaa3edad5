package org.sorastudio.media.export;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an export is, from ffmpeg's own progress reports.
 *
 * @param fraction       0..1 of the output written
 * @param outputSeconds  seconds of output written so far
 * @param speed          output seconds per wall-clock second as ffmpeg reports it ({@code 0} = unknown)
 * @param eta            time left at the current speed; empty while the speed is unknown
 */
public record ExportProgress(double fraction, double outputSeconds, double speed, Optional<Duration> eta) {
}
