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
package org.sorastudio.core.model;

import java.util.List;

/**
 * One post-processing step run on every downloaded clip: an external program and its arguments, given as a list
 * (never through a shell), where {@code {clip}}, {@code {dir}}, {@code {stem}} and the other placeholders of the
 * post-processing engine stand for the clip's values.
 *
 * @param name           what the step is called in lists and messages, e.g. "Make GIF"
 * @param arguments      the program first, then its arguments
 * @param timeoutSeconds a run still going after this long is ended and counts as failed
 * @param enabled        whether the step runs; a switched-off step stays in the list
 */
public record HookStep(String name, List<String> arguments, int timeoutSeconds, boolean enabled) {

    /** The timeout of a step that names none: long enough for a 1080p re-encode of a 20 s clip on a slow machine. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;

    public HookStep {
        name = name == null || name.isBlank() ? "Step" : name.strip();
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        timeoutSeconds = timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
    }
}
