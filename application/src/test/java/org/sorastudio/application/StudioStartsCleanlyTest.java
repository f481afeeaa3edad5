package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the built application the way a user does (its launcher, a fresh user directory), waits
 * until the main window is showing, and fails on any SEVERE or WARNING in the log.
 */
class StudioStartsCleanlyTest {

    @TempDir
    Path folder;

    @Test
    void startsWithAFreshUserDirectoryAndLogsNoProblems() throws Exception {
        try (StudioLaunch studio = StudioLaunch.start(StudioLaunch.builtApplication(), folder)) {
            studio.awaitLog(StudioLaunch.READY);
            Thread.sleep(2000);
            studio.quit();
            assertThat(studio.problems()).as("problems logged by %s", studio.log()).isEmpty();
        }
    }
}
