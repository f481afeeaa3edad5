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
package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user guide's pictures, taken from the built studio as it runs: every window brought to the
 * front in turn and the main window saved. The suite checks that each window paints something real;
 * {@code ./studio docs} runs this test with {@code -Dsorastudio.guide.pictures=docs/images} so the
 * guide's pictures never go stale.
 */
class UserGuidePicturesTest {

    @TempDir
    Path folder;

    @Test
    void everyWindowIsPicturedAsTheStudioPaintsIt() throws Exception {
        String wanted = System.getProperty("sorastudio.guide.pictures", "");
        Path pictures = wanted.isBlank() ? folder.resolve("pictures") : Path.of(wanted).toAbsolutePath();
        Path agent = WindowOpenerAgent.pack(folder);
        Path report = folder.resolve("windows.txt");

        try (StudioLaunch studio = StudioLaunch.start(StudioLaunch.builtApplication(), folder,
                "-J-javaagent:" + agent + "=" + report + "|" + pictures)) {
            studio.awaitLine(report, WindowOpenerAgent.DONE);
            List<String> lines = Files.readAllLines(report);

            assertThat(lines).as("windows opened and pictured").noneMatch(line -> line.startsWith(WindowOpenerAgent.FAILED));
            List<String> shots = lines.stream().filter(line -> line.startsWith(WindowOpenerAgent.SHOT)).toList();
            assertThat(shots).as("windows pictured").hasSizeGreaterThanOrEqualTo(8);
            for (String shot : shots) {
                Path file = Path.of(shot.substring(shot.lastIndexOf(' ') + 1));
                BufferedImage image = ImageIO.read(file.toFile());
                assertThat(image.getWidth()).as(file.toString()).isGreaterThanOrEqualTo(800);
                assertThat(colours(image)).as("colours in %s: a painted window, not a blank one", file).isGreaterThan(20);
            }
        }
    }

    /** Distinct colours on a grid over the picture. */
    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
