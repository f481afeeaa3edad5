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
package org.sorastudio.diagnostics.failure;

import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.FailureAdvice;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureSection;

/**
 * A failure put in words the same way everywhere: the error panel's rows, Copy Details and the issue report.
 * Headless; the labels are in the bundle.
 */
@Messages({
    "FailureDetails.work=Job",
    "FailureDetails.happened=What happened",
    "FailureDetails.next=What to do next",
    "FailureDetails.kind=Kind",
    "FailureDetails.status=HTTP status",
    "FailureDetails.type=Error type",
    "FailureDetails.code=Error code",
    "FailureDetails.param=Field",
    "FailureDetails.requestIds=Request ids",
    "FailureDetails.retryAfter=Server asked to wait",
    "FailureDetails.video=Video",
    "FailureDetails.profile=Profile",
    "FailureDetails.none=none",
    "# {0} - seconds",
    "FailureDetails.seconds={0} s",
    "Failure.Kind.API_ERROR=The server refused the request",
    "Failure.Kind.INVALID_INPUT=The shot cannot be sent as it is",
    "Failure.Kind.MODERATION=Blocked by moderation",
    "Failure.Kind.RATE_LIMIT=Rate limited",
    "Failure.Kind.QUOTA=Quota used up",
    "Failure.Kind.NETWORK=Network problem",
    "Failure.Kind.FILE=File problem",
    "Failure.Kind.MEDIA=Media tool failed",
    "Failure.Kind.TIMEOUT=Took too long",
    "Failure.Kind.SERVER=The server failed",
    "Failure.Kind.SETUP=Set-up problem"
})
public final class FailureDetails {

    private FailureDetails() {
    }

    /** The kind in words, as a heading. */
    public static String kindName(Failure.Kind kind) {
        return switch (kind) {
            case API_ERROR -> Bundle.Failure_Kind_API_ERROR();
            case INVALID_INPUT -> Bundle.Failure_Kind_INVALID_INPUT();
            case MODERATION -> Bundle.Failure_Kind_MODERATION();
            case RATE_LIMIT -> Bundle.Failure_Kind_RATE_LIMIT();
            case QUOTA -> Bundle.Failure_Kind_QUOTA();
            case NETWORK -> Bundle.Failure_Kind_NETWORK();
            case FILE -> Bundle.Failure_Kind_FILE();
            case MEDIA -> Bundle.Failure_Kind_MEDIA();
            case TIMEOUT -> Bundle.Failure_Kind_TIMEOUT();
            case SERVER -> Bundle.Failure_Kind_SERVER();
            case SETUP -> Bundle.Failure_Kind_SETUP();
        };
    }

    /** A failure's message as a sentence: the queue's one-line messages start in lower case ("blocked by moderation: …"). */
    public static String sentence(String message) {
        return message.isEmpty() ? message
                : new StringBuilder(message.length()).appendCodePoint(Character.toUpperCase(message.codePointAt(0)))
                        .append(message, Character.charCount(message.codePointAt(0)), message.length()).toString();
    }

    /** The request ids, oldest first, or "none". */
    public static String requestIds(Failure failure) {
        return failure.requestIds().isEmpty() ? Bundle.FailureDetails_none() : String.join(", ", failure.requestIds());
    }

    /** Everything known about the failure, one "label: value" line each; what Copy Details puts on the clipboard. */
    public static String text(FailedWork work, List<FailureSection.Section> sections) {
        Failure failure = work.failure();
        StringBuilder text = new StringBuilder();
        line(text, Bundle.FailureDetails_work(), work.title());
        line(text, Bundle.FailureDetails_happened(), sentence(failure.message()));
        line(text, Bundle.FailureDetails_next(), FailureAdvice.nextStep(failure));
        line(text, Bundle.FailureDetails_kind(), kindName(failure.kind()) + " (" + failure.kind() + ")");
        if (failure.httpStatus() > 0) {
            line(text, Bundle.FailureDetails_status(), Integer.toString(failure.httpStatus()));
        }
        line(text, Bundle.FailureDetails_type(), failure.errorType());
        line(text, Bundle.FailureDetails_code(), failure.errorCode());
        line(text, Bundle.FailureDetails_param(), failure.errorParam());
        line(text, Bundle.FailureDetails_requestIds(), requestIds(failure));
        failure.retryAfterDuration().ifPresent(wait -> line(text, Bundle.FailureDetails_retryAfter(),
                Bundle.FailureDetails_seconds(wait.toMillis() / 1000.0)));
        line(text, Bundle.FailureDetails_video(), work.videoId());
        line(text, Bundle.FailureDetails_profile(), work.profile());
        for (FailureSection.Section section : sections) {
            text.append('\n').append(section.title()).append(":\n").append(section.text().strip()).append('\n');
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }
}
