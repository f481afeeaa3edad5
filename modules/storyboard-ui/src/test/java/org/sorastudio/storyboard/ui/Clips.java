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
package org.sorastudio.storyboard.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Real clips made with ffmpeg and facts read back with ffprobe, for the tests. */
final class Clips {

    private Clips() {
    }

    /** testsrc + a sine tone, 320x180 at 30 fps. */
    static Path make(Path folder, String name, double seconds, int toneHz) throws IOException, InterruptedException {
        Path file = folder.resolve(name);
        run(List.of("ffmpeg", "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=size=320x180:rate=30:duration=" + seconds,
                "-f", "lavfi", "-i", "sine=frequency=" + toneHz + ":duration=" + seconds,
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", file.toString()));
        return file;
    }

    static double duration(Path video) throws IOException, InterruptedException {
        return Double.parseDouble(run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration",
                "-of", "csv=p=0", video.toString())).strip());
    }

    static int videoHeight(Path video) throws IOException, InterruptedException {
        return Integer.parseInt(run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=height", "-of", "csv=p=0", video.toString())).strip());
    }

    /** Waits for something the editor does in the background; fails with {@code what} after 20 s. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Saves the test display as {@code $variable + suffix + .png} when the variable is set. */
    static void screenshotIfAsked(String variable, String suffix) throws IOException, InterruptedException {
        String target = System.getenv(variable);
        if (target != null) {
            run(List.of("import", "-window", "root", target + suffix + ".png"));
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
