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

import java.util.concurrent.Callable;
import org.sorastudio.queue.api.JobSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extend", mixinStandardHelpOptions = true,
        description = {"Continues a completed video: the new clip is the source followed by N more seconds "
                + "(POST /videos/extensions). Journaled like a shot: the same command run again resumes."})
final class ExtendCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VIDEO_ID", description = "the completed video to extend")
    String videoId;

    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "what happens next")
    String prompt;

    @Option(names = "--seconds", required = true, paramLabel = "N",
            description = "length of the new segment (allowed: the capability table's 4, 8, 12, 16, 20, or what the server said it takes)")
    int seconds;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        DerivedChecks.requirePrompt(prompt);
        if (seconds <= 0) {
            DerivedChecks.requireExtensionSeconds(seconds, null);
        }
        RunSetup setup = new RunSetup(common);
        RequestDigest digest = new RequestDigest("extend").add(videoId.strip()).add(prompt).add(seconds)
                .add(setup.serverName());
        return setup.runFromSource(digest.journalIn(setup.output(), "extend"), setup.output(), videoId.strip(),
                "extended", profile -> DerivedChecks.requireExtensionSeconds(seconds, profile),
                profile -> new JobSpec("extend", prompt, null, null, seconds, null, profile, videoId.strip(), null,
                        JobSpec.Kind.EXTEND));
    }
}
