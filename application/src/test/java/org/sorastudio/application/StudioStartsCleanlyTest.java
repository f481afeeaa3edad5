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
