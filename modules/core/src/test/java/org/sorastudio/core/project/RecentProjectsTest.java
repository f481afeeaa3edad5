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
package org.sorastudio.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {

    @TempDir
    Path folder;

    @Test
    void mostRecentFirstWithoutDuplicatesAndMissingFilesPruned() throws Exception {
        Path a = Files.createFile(folder.resolve("a.sorastudio"));
        Path b = Files.createFile(folder.resolve("b.sorastudio"));
        Path c = Files.createFile(folder.resolve("c.sorastudio"));
        RecentProjects recent = new RecentProjects(folder.resolve("recent.json"));
        recent.add(a);
        recent.add(b);
        recent.add(c);
        recent.add(a);
        Files.delete(b);

        assertThat(new RecentProjects(folder.resolve("recent.json")).list()).containsExactly(a, c);
    }

    @Test
    void keepsAtMostTheLimit() throws Exception {
        RecentProjects recent = new RecentProjects(folder.resolve("recent.json"));
        for (int i = 0; i < RecentProjects.LIMIT + 5; i++) {
            recent.add(Files.createFile(folder.resolve(i + ".sorastudio")));
        }
        assertThat(recent.list()).hasSize(RecentProjects.LIMIT).first()
                .isEqualTo(folder.resolve((RecentProjects.LIMIT + 4) + ".sorastudio"));
    }
}
