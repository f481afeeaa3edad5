package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the built application the way a user does (its launcher, a fresh user directory), waits
 * until the main window is showing, and fails on any SEVERE or WARNING in the log.
 */
class StudioStartsCleanlyTest {

    private static final String READY = "Sora Studio main window is showing";
    private static final long START_TIMEOUT_MILLIS = 120_000;

    @TempDir
    Path folder;

    @Test
    void startsWithAFreshUserDirectoryAndLogsNoProblems() throws Exception {
        Path app = Path.of(System.getProperty("sorastudio.app.dir"));
        Path userdir = folder.resolve("userdir");
        Process studio = new ProcessBuilder(app.resolve("bin/sorastudio").toString(), "--nosplash",
                "--userdir", userdir.toString(), "--cachedir", folder.resolve("cache").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("console.txt").toFile()).start();
        Path log = userdir.resolve("var/log/messages.log");
        try {
            waitForLine(log, READY, studio);
            Thread.sleep(2000);
        } finally {
            studio.destroy();
            if (!studio.waitFor(30, TimeUnit.SECONDS)) {
                studio.destroyForcibly();
            }
        }
        List<String> problems = Files.readAllLines(log).stream()
                .filter(line -> line.startsWith("SEVERE") || line.startsWith("WARNING")).toList();
        assertThat(problems).as("problems logged by %s", log).isEmpty();
    }

    private static void waitForLine(Path log, String line, Process studio) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isRegularFile(log) && Files.readString(log).contains(line)) {
                return;
            }
            assertThat(studio.isAlive()).as("the studio process is still running").isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("The main window did not show within " + START_TIMEOUT_MILLIS + " ms; log: " + Files.readString(log));
    }
}
