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
        assertThat(recent.list()).hasSize(RecentProjects.LIMIT).first().isEqualTo(folder.resolve((RecentProjects.LIMIT + 4) + ".sorastudio"));
    }
}
