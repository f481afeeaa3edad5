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
