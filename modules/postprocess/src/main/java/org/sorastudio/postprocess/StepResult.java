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

import java.time.Duration;
import java.util.List;

/**
 * How one step went for one clip; recorded in the clip's sidecar and the log.
 *
 * @param step        the step's name
 * @param command     the arguments as run (placeholders filled), or as written when they could not be filled
 * @param outcome     what happened
 * @param exitCode    the program's exit status, or {@code null} when it did not start or was ended by the timeout
 * @param elapsed     how long it ran
 * @param output      its standard output and error merged, at most {@link BoundedOutput#LIMIT} characters (the
 *                    start and the end of longer output)
 * @param outputBytes how many bytes it printed in all
 * @param message     what went wrong, written for a person; empty when it succeeded
 */
public record StepResult(String step, List<String> command, Outcome outcome, Integer exitCode, Duration elapsed,
        String output, long outputBytes, String message) {

    public StepResult {
        command = List.copyOf(command);
    }

    /** What became of a step. */
    public enum Outcome {
        SUCCEEDED,
        /** Exited with a status other than 0. */
        FAILED,
        /** Still running at its timeout: ended, with everything it started. */
        TIMED_OUT,
        /** Could not be started: a missing program, or a placeholder without a value. */
        NOT_STARTED
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
