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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built studio started the way a user starts it: its own launcher, with a user directory and a
 * cache directory of the test's. Everything it logs lands in that user directory's
 * {@code messages.log}, which the tests read.
 */
final class StudioLaunch implements AutoCloseable {

    /** What the studio logs once its main window is on screen (StudioLifecycle.READY_MESSAGE). */
    static final String READY = "Sora Studio main window is showing";

    private static final long TIMEOUT_MILLIS = 120_000;

    private final Path userdir;
    private final Process process;
    private final Path console;

    private StudioLaunch(Path userdir, Process process, Path console) {
        this.userdir = userdir;
        this.process = process;
        this.console = console;
    }

    /** The studio folder the build made (bin, etc, platform, sorastudio). */
    static Path builtApplication() {
        return Path.of(System.getProperty("sorastudio.app.dir"));
    }

    /** Starts the launcher of {@code application} with {@code arguments} after the folder options. */
    static StudioLaunch start(Path application, Path folder, String... arguments) throws IOException {
        Path userdir = folder.resolve("userdir");
        List<String> command = new ArrayList<>(List.of(application.resolve("bin/sorastudio").toString(), "--nosplash",
                "--userdir", userdir.toString(), "--cachedir", folder.resolve("cache").toString()));
        command.addAll(List.of(arguments));
        return run(command, Map.of(), userdir, folder);
    }

    /**
     * Runs {@code command} with {@code environment} added to this process's, for a launcher that picks
     * the user directory {@code userdir} by itself (the packaged studio in portable mode).
     */
    static StudioLaunch run(List<String> command, Map<String, String> environment, Path userdir, Path folder) throws IOException {
        Path console = Files.createTempFile(folder, "console", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().putAll(environment);
        return new StudioLaunch(userdir, builder.start(), console);
    }

    Path userdir() {
        return userdir;
    }

    Path log() {
        return userdir.resolve("var/log/messages.log");
    }

    /** Waits until the log holds {@code line}; fails when the studio exits or the time is up first. */
    void awaitLog(String line) throws IOException, InterruptedException {
        awaitLine(log(), line);
    }

    /** Waits until {@code file} (the log, or an agent's report) holds {@code line}; fails when the studio exits or the time is up. */
    void awaitLine(Path file, String line) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isRegularFile(file) && Files.readString(file).contains(line)) {
                return;
            }
            assertThat(process.isAlive()).as("the studio is still running; it printed: %s", console()).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("\"" + line + "\" did not reach " + file + " within " + TIMEOUT_MILLIS + " ms; "
                + (file.equals(log()) ? "" : "it holds: " + (Files.isRegularFile(file) ? Files.readString(file) : "nothing") + "; ")
                + "log: " + logText());
    }

    /** Waits for a command-line run (one that quits by itself) to end, and returns its exit code. */
    int awaitExit() throws IOException, InterruptedException {
        if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The studio did not quit within " + TIMEOUT_MILLIS + " ms; it printed: " + console());
        }
        return process.exitValue();
    }

    /** What the launcher printed on its console (standard output and error). */
    String console() throws IOException {
        return Files.readString(console);
    }

    /** Every SEVERE or WARNING record in the log. */
    List<String> problems() throws IOException {
        return Files.readAllLines(log()).stream().filter(line -> line.startsWith("SEVERE") || line.startsWith("WARNING")).toList();
    }

    /** The log so far, or a note that there is none. */
    String logText() throws IOException {
        return Files.isRegularFile(log()) ? Files.readString(log()) : "(no log at " + log() + ")";
    }

    /** Quits the studio as the window manager would, and waits for it to be gone. */
    void quit() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Quits the studio if a test has not; an interrupted wait leaves it killed rather than running. */
    @Override
    public void close() {
        try {
            quit();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
