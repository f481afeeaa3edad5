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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.ShotProblem;
import org.sorastudio.core.model.ShotValidator;

/** Checks shots with core's validator before anything is sent: warnings are shown, errors stop the run. */
final class ShotChecks {

    private ShotChecks() {
    }

    /**
     * @param label names each shot in messages, e.g. "shot 3 (intro)"
     * @throws CliException with {@link ExitCode#INVALID_INPUT} listing every blocking problem
     */
    static void requireValid(List<Shot> shots, Function<Shot, String> label, boolean quiet, PrintStream err) {
        ShotValidator validator = new ShotValidator(RunSetup.catalog());
        List<String> errors = new ArrayList<>();
        for (Shot shot : shots) {
            for (ShotProblem problem : validator.validate(shot)) {
                String text = label.apply(shot) + " (" + problem.field() + "): " + problem.message();
                if (problem.blocking()) {
                    errors.add(text);
                } else if (!quiet) {
                    err.println("warning: " + text);
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println("error: " + e));
            throw new CliException(ExitCode.INVALID_INPUT, "nothing was submitted: " + errors.size()
                    + (errors.size() == 1 ? " problem." : " problems."));
        }
    }
}
