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

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Makes a changed copy of a completed video (POST /videos/edits). Journaled like a shot: "
                + "the same command run again resumes."})
final class EditCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VIDEO_ID", description = "the completed video to edit")
    String videoId;

    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "what to change")
    String prompt;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        DerivedChecks.requirePrompt(prompt);
        RunSetup setup = new RunSetup(common);
        RequestDigest digest = new RequestDigest("edit").add(videoId.strip()).add(prompt).add(setup.serverName());
        return setup.runFromSource(digest.journalIn(setup.output(), "edit"), setup.output(), videoId.strip(), "edited",
                profile -> { }, profile -> new JobSpec("edit", prompt, null, null, 0, null, profile, videoId.strip(), null,
                        JobSpec.Kind.EDIT));
    }
}
