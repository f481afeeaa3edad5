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
package org.sorastudio.media.impl;

import com.github.kokorin.jaffree.JaffreeException;
import com.github.kokorin.jaffree.LogLevel;
import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffprobe.FFprobe;
import com.github.kokorin.jaffree.log.LogMessage;
import com.github.kokorin.jaffree.process.JaffreeAbnormalExitException;
import com.github.kokorin.jaffree.process.Stopper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.sorastudio.core.settings.FfmpegLocation;

/**
 * Where ffmpeg and ffprobe are and how they are started: from the folder named by the system
 * property {@value #DIRECTORY_PROPERTY}, else from the {@code PATH}. They log errors only, so the
 * studio's log is not flooded with ffmpeg's banner, and errors are what failure messages quote.
 */
final class FfmpegTools {

    static final String DIRECTORY_PROPERTY = FfmpegLocation.DIRECTORY_PROPERTY;

    private static final int QUOTED_ERROR_LINES = 4;

    private final Path directory;

    FfmpegTools() {
        directory = FfmpegLocation.directory();
    }

    FFprobe ffprobe() {
        return FFprobe.atPath(directory).setLogLevel(LogLevel.ERROR);
    }

    /** An ffmpeg whose process {@code killer} can end. */
    FFmpeg ffmpeg(ProcessKiller killer) {
        Path executable = FfmpegLocation.ffmpeg();
        return new FFmpeg(executable) {
            @Override
            protected Stopper createStopper() {
                return killer;
            }
        }.setLogLevel(LogLevel.ERROR);
    }

    /** Why ffmpeg or ffprobe failed, in the tool's own words (its last error lines). */
    static String describeFailure(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof JaffreeAbnormalExitException exit) {
            List<LogMessage> errors = exit.getProcessErrorLogMessages();
            if (errors != null && !errors.isEmpty()) {
                return errors.stream()
                        .skip(Math.max(0, errors.size() - QUOTED_ERROR_LINES))
                        .map(message -> message.message.replaceFirst("^\\[\\w+\\]\\s*", "").strip())
                        .collect(Collectors.joining("; "));
            }
            return exit.getMessage();
        }
        if (couldNotStart(cause)) {
            return "ffmpeg/ffprobe could not be started; install ffmpeg (e.g. apt install ffmpeg, brew install"
                    + " ffmpeg, winget install ffmpeg) or set -D" + DIRECTORY_PROPERTY + " to its folder";
        }
        return String.valueOf(cause.getMessage());
    }

    /** Whether the tool itself could not be run (not installed, not executable), as opposed to failing on its input. */
    static boolean couldNotStart(Throwable failure) {
        return failure instanceof JaffreeException && hasCause(failure, IOException.class);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
