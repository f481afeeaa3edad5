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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

    @Test
    void aLoweredCommandRunsAtTheBackgroundNicenessOfItsParent() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isReadable(Path.of("/proc/self/stat")), "a Linux system");
        long parentNiceness = niceness(Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII));

        // the child reports its own niceness, the 19th field of /proc/self/stat
        Process child = new ProcessBuilder(BackgroundPriority.lowered(List.of("/bin/sh", "-c", "cat /proc/$$/stat")))
                .redirectErrorStream(true).start();
        String stat = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

        assertThat(child.waitFor()).isZero();
        assertThat(niceness(stat)).isEqualTo(Math.min(19, parentNiceness + BackgroundPriority.NICENESS));
    }

    @Test
    void theCommandItselfIsKeptWhole() {
        List<String> command = List.of("ffmpeg", "-i", "in put.mp4", "out.mp4");

        List<String> lowered = BackgroundPriority.lowered(command);

        assertThat(lowered.subList(lowered.size() - command.size(), lowered.size())).isEqualTo(command);
    }

    private static long niceness(String stat) {
        // fields after the command name in parentheses (which may hold spaces): state is field 3, nice field 19
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[19 - 3]);
    }
}
