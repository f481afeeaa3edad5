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

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a person can do next about a {@link Failure}, in one or two sentences. Headless (the CLI prints it, the error
 * panel shows it); the texts are in {@code FailureAdvice.properties} beside this class so they can be translated.
 * The most specific advice wins: the API's error code or type, then (for a refused request) the field it objected
 * to and the HTTP status, then the kind of failure.
 */
public final class FailureAdvice {

    private static final String BUNDLE = "org.sorastudio.core.model.FailureAdvice";

    private FailureAdvice() {
    }

    /** The next step for {@code failure}, in the default locale. */
    public static String nextStep(Failure failure) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), FailureAdvice.class.getClassLoader());
        boolean refused = failure.kind() == Failure.Kind.API_ERROR;
        String text = first(texts, key("code", failure.errorCode()), key("type", failure.errorType()),
                refused ? key("param", failure.errorParam()) : null,
                refused && failure.httpStatus() > 0 ? "status." + failure.httpStatus() : null, "kind." + failure.kind().name());
        String wait = failure.retryAfterDuration().map(FailureAdvice::seconds).orElse(texts.getString("wait.unknown"));
        return MessageFormat.format(text, wait, failure.errorParam());
    }

    private static String key(String prefix, String value) {
        return value == null || value.isBlank() ? null : prefix + "." + value.trim().toLowerCase(Locale.ROOT);
    }

    /** The text of the first key the bundle has; the kind's key is always there. */
    private static String first(ResourceBundle texts, String... keys) {
        for (String key : keys) {
            if (key != null) {
                try {
                    return texts.getString(key);
                } catch (MissingResourceException notThere) {
                    // try the less specific key
                }
            }
        }
        throw new MissingResourceException("no advice", BUNDLE, keys[keys.length - 1]);
    }

    private static String seconds(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds + " s";
    }
}
