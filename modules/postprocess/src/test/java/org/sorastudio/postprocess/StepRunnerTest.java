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
package org.sorastudio.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.postprocess.StepResult.Outcome;

/** The bad input, each with a real process: missing program, hang, 100 MB of output, non-zero exit, missing value. */
class StepRunnerTest {

    @TempDir
    Path folder;

    private final StepRunner runner = new StepRunner();

    private ClipValues clip() throws Exception {
        Path clip = Files.writeString(folder.resolve("shot.mp4"), "not really a video");
        return TestClips.values(clip, folder.resolve("shot.json"));
    }

    private static HookStep step(int timeoutSeconds, String... arguments) {
        return new HookStep("Test step", List.of(arguments), timeoutSeconds, true);
    }

    @Test
    void placeholdersFillWholeArgumentsWithoutAShell() throws Exception {
        StepResult result = runner.run(step(10, "printf", "%s|%s", "{prompt}", "{stem}.gif"), clip());

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("a test; rm -rf / \"quoted\" $HOME|shot.gif");
        assertThat(result.command()).containsExactly("printf", "%s|%s", "a test; rm -rf / \"quoted\" $HOME", "shot.gif");
    }

    @Test
    void aMissingProgramIsNotStartedWithItsName() throws Exception {
        StepResult result = runner.run(step(10, "sorastudio-no-such-program", "{clip}"), clip());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_STARTED);
        assertThat(result.exitCode()).isNull();
        assertThat(result.message()).startsWith("the program 'sorastudio-no-such-program' could not be started")
                .contains("check that it is installed");
    }

    @Test
    void aHangingStepIsEndedAtItsTimeoutWithWhatItStarted() throws Exception {
        long start = System.nanoTime();
        StepResult result = runner.run(step(1, "sh", "-c", "sleep 60 & wait"), clip());

        assertThat(result.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(result.message()).isEqualTo("still running after 1 s, so it was ended");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("sleep")))
                .isEmpty();
    }

    @Test
    void aHundredMegabytesOfOutputAreCountedButOnlyTheirEndsKept() throws Exception {
        StepResult result = runner.run(step(60, "head", "-c", "104857600", "/dev/zero"), clip());

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.outputBytes()).isEqualTo(104_857_600L);
        assertThat(result.output().length()).isLessThan(BoundedOutput.LIMIT + 100);
        assertThat(result.output()).contains("bytes of output left out");
    }

    @Test
    void aFailingStepThatPrintsAHundredMegabytesLeavesOneShortLogRecord() throws Exception {
        Logger log = Logger.getLogger(StepRunner.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            StepResult result = runner.run(step(60, "sh", "-c", "head -c 104857600 /dev/zero | tr '\\0' x; exit 2"), clip());

            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.outputBytes()).isEqualTo(104_857_600L);
            assertThat(result.message()).as("a reason a person reads, also in tooltips and notifications")
                    .startsWith("exited with status 2: …xxx").hasSizeLessThan(BoundedOutput.LAST_LINE_LIMIT + 30);
            assertThat(records).hasSize(1);
            String logged = new SimpleFormatter().formatMessage(records.get(0));
            assertThat(logged).contains("exited with status 2", "bytes of output left out");
            assertThat(records.get(0).getParameters()[4]).as("the bytes printed").isEqualTo(104_857_600L);
            assertThat(logged.length()).as("the log gets the kept ends, not 100 MB").isLessThan(BoundedOutput.LIMIT + 1000);
        } finally {
            log.removeHandler(capture);
        }
    }

    @Test
    void aNonZeroExitFailsWithTheStatusAndTheLastLine() throws Exception {
        StepResult result = runner.run(step(10, "sh", "-c", "echo starting; echo 'disk on fire' >&2; exit 3"), clip());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.message()).isEqualTo("exited with status 3: disk on fire");
        assertThat(result.output()).contains("starting").contains("disk on fire");
    }

    @Test
    void aPlaceholderWithoutAValueOrUnknownIsNamed() throws Exception {
        StepResult missing = runner.run(step(10, "echo", "{video_id}"), clip());
        StepResult unknown = runner.run(step(10, "echo", "{colour}"), clip());

        assertThat(missing.outcome()).isEqualTo(Outcome.NOT_STARTED);
        assertThat(missing.message()).isEqualTo("the placeholder {video_id} has no value for this clip");
        assertThat(unknown.message()).startsWith("there is no placeholder {colour}; known: {clip}, {sidecar}");
    }

    @Test
    void aVanishedOutputFolderIsSaidInWords() throws Exception {
        ClipValues clip = clip();
        Files.delete(clip.clip());
        Files.delete(folder);

        StepResult result = runner.run(step(10, "echo", "{clip}"), clip);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_STARTED);
        assertThat(result.message()).isEqualTo("the clip's folder " + folder + " is not there any more");
    }
}
