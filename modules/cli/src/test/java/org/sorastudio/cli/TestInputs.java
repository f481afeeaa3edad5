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
package org.sorastudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.project.ProjectFormat;

/** Files the tests hand to the CLI: an exported template, CSV files, projects. */
final class TestInputs {

    private TestInputs() {
    }

    /** A template file as the studio exports it: "A {animal} in the {place}", sora-2, 1280x720, 4 s. */
    static Path template(Path folder) throws IOException {
        return Files.writeString(folder.resolve("animals.json"), """
                {"format": "sorastudio-templates", "version": 1, "templates": [
                  {"id": "t1", "name": "Animals", "prompt": "A {animal} in the {place}", "model": "sora-2",
                   "size": "1280x720", "seconds": 4, "tags": [], "notes": "", "pinned": false}]}
                """);
    }

    static Path csv(Path folder, String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines));
    }

    static Path project(Path folder, List<Shot> shots) throws IOException {
        Path file = folder.resolve("film.sorastudio");
        new ProjectFormat(List.of()).write(new Project("Film", shots, null, Map.of()), file);
        return file;
    }

    static Shot shot(String id, String prompt) {
        return new Shot(id, prompt, "sora-2", "1280x720", 4, null, Map.of());
    }

    static List<Path> filesEndingWith(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The clips in {@code folder}, after checking each has its JSON sidecar beside it. */
    static List<Path> clipsWithSidecars(Path folder) throws IOException {
        List<Path> clips = filesEndingWith(folder, ".mp4");
        for (Path clip : clips) {
            Path sidecar = clip.resolveSibling(clip.getFileName().toString().replaceFirst("\\.mp4$", ".json"));
            if (!Files.isRegularFile(sidecar) || Files.size(clip) == 0) {
                throw new AssertionError("clip " + clip + " has no sidecar " + sidecar + " or is empty");
            }
        }
        return clips;
    }
}
