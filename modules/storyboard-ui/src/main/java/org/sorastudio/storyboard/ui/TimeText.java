package org.sorastudio.storyboard.ui;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as the editor shows and reads them: {@code m:ss.mmm}, or plain seconds when typed. */
final class TimeText {

    private static final Pattern MINUTES = Pattern.compile("(\\d+):(\\d{1,2}(?:\\.\\d*)?)");

    private TimeText() {
    }

    static String format(double seconds) {
        long millis = Math.round(Math.max(0, seconds) * 1000);
        return String.format(Locale.ROOT, "%d:%02d.%03d", millis / 60_000, millis / 1000 % 60, millis % 1000);
    }

    /** Reads {@code 1.5}, {@code 0:01.5} or {@code 1:05}; {@code null} when it is neither. */
    static Double parse(String text) {
        String value = text.strip().replace(',', '.');
        Matcher minutes = MINUTES.matcher(value);
        try {
            if (minutes.matches()) {
                double secondsPart = Double.parseDouble(minutes.group(2));
                return secondsPart >= 60 ? null : Integer.parseInt(minutes.group(1)) * 60 + secondsPart;
            }
            double seconds = Double.parseDouble(value);
            return Double.isFinite(seconds) ? seconds : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
