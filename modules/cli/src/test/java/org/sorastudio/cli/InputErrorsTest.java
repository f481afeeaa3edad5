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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input a new user gets wrong, through the CLI's entry point in this JVM: every case ends with the README's exit
 * code and a message written for a person (no Java class names), before any server is contacted.
 */
class InputErrorsTest {

    /** Nothing listens there; none of these runs gets as far as the network. */
    private static final String NO_SERVER = "http://127.0.0.1:9/v1";

    @TempDir
    Path dir;

    @Test
    void aShotWithANullIdIsInvalidInputNamingTheField() throws Exception {
        Run run = runProject("{\"schemaVersion\": 1, \"shots\": [{\"id\": null, \"prompt\": \"A fox\"}]}");

        assertThat(run.code).as(run.err).isEqualTo(3);
        assertThat(run.err).contains("shot 1: \"id\" must be a text that names the shot, not null");
    }

    @Test
    void anOverrideWithoutAValueIsInvalidInputNamingIt() throws Exception {
        Run run = runProject("{\"schemaVersion\": 1, \"shots\": [{\"id\": \"a\", \"prompt\": \"A fox\", "
                + "\"overrides\": {\"profile\": null}}]}");

        assertThat(run.code).as(run.err).isEqualTo(3);
        assertThat(run.err).contains("shot 1: override \"profile\" has no value");
    }

    @Test
    void secondsInWordsAreExplainedWithoutJavaInternals() throws Exception {
        Run run = runProject("{\"schemaVersion\": 1, \"shots\": [{\"id\": \"a\", \"prompt\": \"A fox\", \"seconds\": \"ten\"}]}");

        assertThat(run.code).as(run.err).isEqualTo(3);
        assertThat(run.err).contains("\"seconds\" must be a whole number, not \"ten\"");
    }

    @Test
    void somethingThatIsNotAProjectFileIsInvalidInputSayingWhatItIs() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.sorastudio"));
        Path fifo = dir.resolve("pipe.sorastudio");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path linkToFolder = Files.createSymbolicLink(dir.resolve("link.sorastudio"), folder);

        Run onFolder = run("run", folder.toString(), "--base-url", NO_SERVER);
        Run onDevice = run("run", "/dev/null", "--base-url", NO_SERVER);
        Run onPipe = run("run", fifo.toString(), "--base-url", NO_SERVER);
        Run onLink = run("run", linkToFolder.toString(), "--base-url", NO_SERVER);
        Run onNothing = run("run", dir.resolve("missing.sorastudio").toString(), "--base-url", NO_SERVER);

        assertThat(onFolder.code).as(onFolder.err).isEqualTo(3);
        assertThat(onFolder.err).contains("it is a folder, not a file");
        assertThat(onDevice.code).as(onDevice.err).isEqualTo(3);
        assertThat(onDevice.err).contains("a device, a pipe or a socket, not a file");
        assertThat(onPipe.code).as(onPipe.err).isEqualTo(3);
        assertThat(onPipe.err).contains("a device, a pipe or a socket, not a file");
        assertThat(onLink.code).as(onLink.err).isEqualTo(3);
        assertThat(onLink.err).contains("it is a link to " + folder + ", which is a folder, not a file");
        assertThat(onNothing.code).as(onNothing.err).isEqualTo(2);
        assertThat(onNothing.err).contains("there is no project file");
    }

    private Run runProject(String json) throws Exception {
        Path project = Files.writeString(dir.resolve("project.sorastudio"), json);
        return run("run", project.toString(), "--base-url", NO_SERVER);
    }

    /** Runs the CLI's entry point with stderr captured; every message must be free of Java internals. */
    private static Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute(args);
        } finally {
            System.setErr(original);
        }
        Run run = new Run(code, err.toString(StandardCharsets.UTF_8));
        assertThat(run.err).doesNotContainPattern("Exception|java\\.|JsonObject|com\\.google");
        return run;
    }

    private record Run(int code, String err) {
    }
}
