package org.sorastudio.cli;

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

    /** Which lengths a server accepts is its own business; a length that is no length at all is refused here. */
    static void requireExtensionSeconds(int seconds) {
        if (seconds <= 0) {
            throw new CliException(ExitCode.INVALID_INPUT, "--seconds must be a positive number of seconds, was "
                    + seconds + ".");
        }
    }
}
