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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged app image (application/src/package/package.sh: jpackage's launcher, the jlink'ed runtime, the
 * platform tree inside) the way an installed studio starts, to its main window with a clean log.
 * Runs when the build made the image ({@code -Dsorastudio.appimage}, which {@code ./studio test} sets).
 */
class PackagedStudioTest {

    private static final long CLI_TIMEOUT_SECONDS = 120;
    private static final long SETTLE_MILLIS = 2000;

    @TempDir
    Path folder;

    private Path image;
    private Path home;

    @BeforeEach
    void findTheImage() throws IOException {
        image = Path.of(System.getProperty("sorastudio.image.dir"));
        assumeTrue(Files.isExecutable(image.resolve("bin/sorastudio")), "no app image: build with -Dsorastudio.appimage");
        // A home of its own, so a user directory that lands in the wrong place is seen, not left behind.
        home = Files.createDirectories(folder.resolve("home"));
    }

    @Test
    void thePackagedLauncherStartsTheStudioOnItsOwnRuntime() throws Exception {
        try (StudioLaunch studio = StudioLaunch.start(image, folder)) {
            studio.awaitLog(StudioLaunch.READY);
            Thread.sleep(SETTLE_MILLIS);

            assertThat(studio.problems()).as("problems logged").isEmpty();
            assertThat(studio.logText()).as("the JVM the studio runs on")
                    .containsPattern("Java Home += " + Pattern.quote(image.resolve("lib/runtime").toRealPath().toString()));
        }
    }

    @Test
    void aPortableMarkerKeepsTheUserDirectoryBesideTheApplication() throws Exception {
        Path portable = copy(image, folder.resolve("stick/sorastudio"));
        Files.createFile(portable.resolve("bin/sorastudio.portable"));
        Path userdir = portable.resolve("userdir");

        try (StudioLaunch studio = StudioLaunch.run(List.of(portable.resolve("bin/sorastudio").toString(), "--nosplash"),
                Map.of("HOME", home.toString()), userdir, folder)) {
            studio.awaitLog(StudioLaunch.READY);
            Thread.sleep(SETTLE_MILLIS);

            assertThat(studio.problems()).as("problems logged").isEmpty();
        }
        assertThat(userdir.resolve("var/cache")).as("the cache, beside the application too").isDirectory();
        assertThat(home.resolve(".sorastudio")).as("the default user directory").doesNotExist();
        assertThat(home.resolve(".cache/sorastudio")).as("the default cache").doesNotExist();
    }

    /** The runtime is jlink'ed to a list of modules: the engines must find everything they need in it, and the CLI must find it. */
    @Test
    void theBundledRuntimeRunsAShotThroughTheEngines() throws Exception {
        Path clips = folder.resolve("clips");
        Path console = folder.resolve("cli.txt");
        ProcessBuilder cli = new ProcessBuilder(image.resolve("lib/app/studio/bin/sorastudio-cli").toString(),
                "shot", "--prompt", "a red fox in fresh snow", "--simulator", "--output", clips.toString())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        // No JAVA_HOME: the packaged CLI finds the image's runtime by itself.
        cli.environment().putAll(Map.of("JAVA_HOME", "", "HOME", home.toString(),
                "SORASTUDIO_CLI_OPTS", "-XshowSettings:properties -Dsorastudio.userdir=" + folder.resolve("cli-userdir")));
        Process shot = cli.start();

        assertThat(shot.waitFor(CLI_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the shot finished").isTrue();
        assertThat(shot.exitValue()).as("exit code; console: %s", Files.readString(console)).isZero();
        try (Stream<Path> files = Files.list(clips)) {
            assertThat(files.filter(file -> file.toString().endsWith(".mp4"))).as("downloaded clips").hasSize(1);
        }
        assertThat(Files.readString(console)).as("the JVM the CLI ran on")
                .contains("java.home = " + image.resolve("lib/runtime").toRealPath());
    }

    /** A copy keeping the execute bits, as a user copying the folder to a stick would. */
    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
