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
package org.sorastudio.diagnostics.capture;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;

/**
 * One log record as a person reads it: when, how serious, which part of the studio said it, and
 * the text (several lines for an API exchange: the request line, headers, the body's start).
 *
 * @param sequence increasing for every line captured, so a reader asks for what came after the last one it has
 */
public record LogLine(long sequence, Instant time, Level level, String source, String text) {

    private static final String STUDIO_PREFIX = "org.sorastudio.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    /** The logger's name without the studio's own prefix: {@code openai.http}, {@code queue.transitions}. */
    static String sourceOf(String loggerName) {
        if (loggerName == null) {
            return "";
        }
        return loggerName.startsWith(STUDIO_PREFIX) ? loggerName.substring(STUDIO_PREFIX.length()) : loggerName;
    }

    /** The first line of the text: what a table row shows. */
    public String headline() {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The whole line as it is copied and saved. */
    public String asText() {
        return TIME.format(time) + " " + level.getName() + " [" + source + "] " + text;
    }
}
