package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A studio started through a launcher, watched through its {@code messages.log}: waits until the
 * main window shows, then stops the studio and hands back the problems (SEVERE and WARNING) it logged.
 */
final class LaunchedStudio {

    private static final String READY = "Sora Studio main window is showing";
    private static final long START_TIMEOUT_MILLIS = 120_000;
    private static final long SETTLE_MILLIS = 2000;

    private LaunchedStudio() {
    }

    /**
     * Runs {@code command} with {@code environment} added to this process's, until the main window
     * shows in the log {@code log}; console output goes to {@code console}.
     */
    static List<String> problemsUntilTheMainWindowShows(List<String> command, Map<String, String> environment, Path log, Path console)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().putAll(environment);
        Process studio = builder.start();
        try {
            waitForLine(log, studio, console);
            Thread.sleep(SETTLE_MILLIS);
        } finally {
            studio.destroy();
            if (!studio.waitFor(30, TimeUnit.SECONDS)) {
                studio.destroyForcibly();
            }
        }
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("SEVERE") || line.startsWith("WARNING")).toList();
    }

    private static void waitForLine(Path log, Process studio, Path console) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isRegularFile(log) && Files.readString(log).contains(READY)) {
                return;
            }
            assertThat(studio.isAlive()).as("the studio process is still running; console: %s", Files.readString(console)).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("The main window did not show within " + START_TIMEOUT_MILLIS + " ms; console: "
                + Files.readString(console));
    }
}
