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
package org.sorastudio.simulator.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the simulator's renders at a lower scheduling priority. The embedded simulator shares the user's machine
 * with the studio: a render is the server's work, and on two cores two ffmpeg encoders would otherwise keep the
 * studio's event thread waiting for a CPU (the Queue window's stalls while a batch starts were mostly that).
 * Where the system has {@code nice} (Linux, macOS) a command runs through it; elsewhere it runs as it is.
 */
final class BackgroundPriority {

    /** How much lower: enough that the studio's threads win a CPU at once, not so low that renders starve. */
    static final int NICENESS = 10;

    private static final Optional<Path> NICE = find("nice");

    private BackgroundPriority() {
    }

    /** {@code command}, started through {@code nice} where there is one. */
    static List<String> lowered(List<String> command) {
        if (NICE.isEmpty()) {
            return command;
        }
        List<String> lowered = new ArrayList<>(List.of(NICE.get().toString(), "-n", Integer.toString(NICENESS)));
        lowered.addAll(command);
        return lowered;
    }

    private static Optional<Path> find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path candidate = Path.of(folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
