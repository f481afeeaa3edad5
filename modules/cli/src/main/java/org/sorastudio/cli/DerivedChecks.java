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

import java.util.stream.Collectors;
import org.openide.util.Lookup;
import org.sorastudio.core.spi.VideoLimits;
import org.sorastudio.core.spi.VideoLimits.Limits;
import org.sorastudio.openai.CreateVideoRequest;

/** The checks of extend and edit that need no server: each failure is invalid input (exit 3), nothing sent. */
final class DerivedChecks {

    private DerivedChecks() {
    }

    static void requirePrompt(String prompt) {
        if (prompt == null || prompt.isBlank()) {
            throw new CliException(ExitCode.INVALID_INPUT, "the prompt is empty: say what should happen.");
        }
        if (prompt.length() > CreateVideoRequest.MAX_PROMPT_LENGTH) {
            throw new CliException(ExitCode.INVALID_INPUT, "the prompt has " + prompt.length() + " characters; at most "
                    + CreateVideoRequest.MAX_PROMPT_LENGTH + " are allowed.");
        }
    }

    /**
     * A length that is no length at all, or one {@code profile}'s limits do not allow (the capability table's lengths,
     * or the ones the server itself named when it refused one), is refused here before anything is sent.
     */
    static void requireExtensionSeconds(int seconds, String profile) {
        if (seconds <= 0) {
            throw new CliException(ExitCode.INVALID_INPUT, "--seconds must be a positive number of seconds, was "
                    + seconds + ".");
        }
        VideoLimits limits = Lookup.getDefault().lookup(VideoLimits.class);
        Limits allowed = limits == null ? Limits.UNKNOWN : limits.limits(profile);
        if (!allowed.allowsExtension(seconds)) {
            throw new CliException(ExitCode.INVALID_INPUT, "--seconds " + seconds + " is not a length this server extends "
                    + "by; allowed: " + allowed.extensionSeconds().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + ".");
        }
    }
}
