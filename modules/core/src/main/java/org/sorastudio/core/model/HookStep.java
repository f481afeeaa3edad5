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
