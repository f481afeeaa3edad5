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
package org.sorastudio.core.l10n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers, sizes, durations and dates as a person of a locale reads them: {@code 1.234,5} and {@code 3,4 GB} in
 * German, {@code 3,4 Go} in French, {@code 2分5秒} in Japanese. Every number the studio shows to a person goes
 * through here; what machines read (files, logs, HTTP, the CLI's machine output) stays in {@link Locale#ROOT}.
 * The unit texts are in {@code Bundle.properties} beside this class, translated like every other bundle.
 */
public final class LocaleFormat {

    private static final String UNITS = "org.sorastudio.core.l10n.Bundle";
    private static final long KB = 1_000;
    private static final long MB = 1_000_000;
    private static final long GB = 1_000_000_000;

    /**
     * One per locale: table cells format durations and sizes as they paint, and looking the formats and the unit
     * texts up again for every cell costs more than the painting.
     */
    private static final Map<Locale, LocaleFormat> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle units;
    /** Prototypes, cloned for each use: the JDK's formats are not thread-safe, and a clone is cheap next to a lookup. */
    private final NumberFormat integerFormat;
    private final NumberFormat numberFormat;
    private final Map<String, MessageFormat> unitFormats = new ConcurrentHashMap<>();

    private LocaleFormat(Locale locale) {
        this.locale = locale;
        this.units = ResourceBundle.getBundle(UNITS, locale, LocaleFormat.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.integerFormat = NumberFormat.getIntegerInstance(locale);
        this.numberFormat = NumberFormat.getNumberInstance(locale);
    }

    /** The studio's formats: the default locale, which the launcher's {@code --locale} sets. */
    public static LocaleFormat current() {
        return of(Locale.getDefault(Locale.Category.FORMAT));
    }

    public static LocaleFormat of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, LocaleFormat::new);
    }

    /** {@code value} with exactly {@code fractionDigits} decimals and the locale's grouping: "1.234,5". */
    public String number(double value, int fractionDigits) {
        NumberFormat format = (NumberFormat) numberFormat.clone();
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /** A whole number with the locale's grouping: "12.000". */
    public String integer(long value) {
        return ((NumberFormat) integerFormat.clone()).format(value);
    }

    /** Seconds with one decimal, without the unit (the sentence around it has the unit): "1,5". */
    public String seconds(double seconds) {
        return number(seconds, 1);
    }

    /**
     * A byte count in decimal units, as file managers and {@code df -H} count: "820 KB" (rounded up, so a small
     * file is never "0 KB"), "820 MB", "3,4 GB".
     */
    public String bytes(long bytes) {
        if (bytes < MB) {
            return unit("size.kb", integer(Math.max(0, (bytes + KB - 1) / KB)));
        }
        if (bytes < GB) {
            return unit("size.mb", integer(Math.round(bytes / (double) MB)));
        }
        return unit("size.gb", number(bytes / (double) GB, 1));
    }

    /** A length of time to the second, largest units first: "45 s", "2 min 5 s", "1 h 5 min". */
    public String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return unit("duration.seconds", integer(seconds));
        }
        if (seconds < 3600) {
            return unit("duration.minutes", integer(seconds / 60), integer(seconds % 60));
        }
        return unit("duration.hours", integer(seconds / 3600), integer(seconds % 3600 / 60));
    }

    /** A moment in the system's time zone, in the locale's medium style: "02.12.2026, 18:20:05". */
    public String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(at);
    }

    /** A moment in the system's time zone, in the locale's short style: "02.12.26, 18:20". */
    public String shortDateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(at);
    }

    private String unit(String key, Object... values) {
        MessageFormat prototype = unitFormats.computeIfAbsent(key, pattern -> new MessageFormat(units.getString(pattern), locale));
        return ((MessageFormat) prototype.clone()).format(values);
    }
}
