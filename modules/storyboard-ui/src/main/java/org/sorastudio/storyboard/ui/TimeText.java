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
