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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.postprocess.StepResult.Outcome;

/**
 * Runs one step for one clip: the filled-in argument list as a process (no shell), in the clip's folder, with its
 * output merged and read to the end into a {@link BoundedOutput}, ended with everything it started when its timeout
 * passes. Every run is logged under {@code org.sorastudio.postprocess} (the Logs window shows it).
 */
public final class StepRunner {

    private static final Logger LOG = Logger.getLogger(StepRunner.class.getName());
    /** How long the output reader may take after the process ended (a grandchild may hold the pipe open). */
    private static final Duration READER_GRACE = Duration.ofSeconds(2);

    /** Runs {@code step} for {@code clip}; never throws for a failing step, the result says what happened. */
    public StepResult run(HookStep step, ClipValues clip) {
        return run(step, clip, process -> { });
    }

    /**
     * {@link #run(HookStep, ClipValues)}, telling {@code started} the step's process as soon as it runs (the processor
     * records it, so a studio killed meanwhile can end the orphan before the step runs again).
     */
    public StepResult run(HookStep step, ClipValues clip, Consumer<ProcessHandle> started) {
        long start = System.nanoTime();
        List<String> command;
        try {
            command = Placeholders.expand(step.arguments(), clip.values());
        } catch (HookException e) {
            return logged(notStarted(step, step.arguments(), start, e.getMessage()));
        }
        if (command.isEmpty() || command.get(0).isBlank()) {
            return logged(notStarted(step, command, start, "the step names no program"));
        }
        Path folder = FilePaths.folder(clip.clip());
        if (!Files.isDirectory(folder)) {
            return logged(notStarted(step, command, start, "the clip's folder " + folder + " is not there any more"));
        }
        if (!Files.isRegularFile(clip.clip())) {
            return logged(notStarted(step, command, start, "the clip " + clip.clip() + " is not there any more"));
        }
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return logged(notStarted(step, command, start, "the program '" + command.get(0) + "' could not be started ("
                    + e.getMessage() + "); check that it is installed and the step names it correctly"));
        }
        started.accept(process.toHandle());
        BoundedOutput output = new BoundedOutput();
        Thread reader = new Thread(() -> {
            try {
                output.drain(process.getInputStream());
            } catch (IOException e) {
                // the process was ended; what was read so far is kept
            }
        }, "sorastudio-hook-output");
        reader.setDaemon(true);
        reader.start();
        closeQuietly(process);
        try {
            boolean ended = process.waitFor(step.timeoutSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            reader.join(READER_GRACE.toMillis());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (!ended) {
                return logged(new StepResult(step.name(), command, Outcome.TIMED_OUT, null, elapsed, output.text(),
                        output.totalBytes(), "still running after " + step.timeoutSeconds() + " s, so it was ended"));
            }
            int exit = process.exitValue();
            String message = exit == 0 ? "" : "exited with status " + exit
                    + (output.lastLine().isEmpty() ? "" : ": " + output.lastLine());
            return logged(new StepResult(step.name(), command, exit == 0 ? Outcome.SUCCEEDED : Outcome.FAILED, exit, elapsed,
                    output.text(), output.totalBytes(), message));
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return logged(new StepResult(step.name(), command, Outcome.TIMED_OUT, null,
                    Duration.ofNanos(System.nanoTime() - start), output.text(), output.totalBytes(),
                    "ended because the studio is stopping"));
        }
    }

    /** The step gets no input: a program that waits for some ends at once instead of at its timeout. */
    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException | UncheckedIOException e) {
            // it exited already
        }
    }

    private static StepResult notStarted(HookStep step, List<String> command, long start, String message) {
        return new StepResult(step.name(), command, Outcome.NOT_STARTED, null, Duration.ofNanos(System.nanoTime() - start),
                "", 0, message);
    }

    private static StepResult logged(StepResult result) {
        if (result.succeeded()) {
            LOG.log(Level.INFO, "Post-processing step \"{0}\" succeeded in {1} ms: {2}",
                    new Object[]{result.step(), result.elapsed().toMillis(), String.join(" ", result.command())});
        } else {
            LOG.log(Level.WARNING, "Post-processing step \"{0}\" {1}: {2}\ncommand: {3}\noutput ({4} bytes):\n{5}",
                    new Object[]{result.step(), result.outcome(), result.message(), String.join(" ", result.command()),
                        result.outputBytes(), result.output()});
        }
        return result;
    }
}
