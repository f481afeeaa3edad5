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
package org.sorastudio.openai;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps key material out of logs and messages: header values whose name looks key-bearing are
 * replaced, and the known secrets (the API key, every extra header's value) are scrubbed from any
 * text, because servers echo keys in error messages and proxies echo headers in bodies. Public for
 * what else leaves the studio with logs in it (the diagnostics module's log bundle).
 */
public final class SecretRedactor {

    public static final String MASK = "[redacted]";

    /** Header name fragments that mark a value as a credential. */
    private static final List<String> SECRET_NAME_PARTS = List.of("authorization", "key", "token", "secret",
            "cookie", "password", "credential", "signature");

    /** Shorter values are not scrubbed from free text: masking "ab" everywhere would garble logs. */
    private static final int MIN_SCRUBBED_LENGTH = 4;

    private final Set<String> secretHeaderNames;
    private final List<String> secretValues;

    public SecretRedactor(Collection<String> extraHeaderNames, Collection<String> secrets) {
        this.secretHeaderNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        this.secretHeaderNames.addAll(extraHeaderNames);
        List<String> values = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SCRUBBED_LENGTH) {
                values.add(secret);
            }
        }
        // Longest first, so a secret that contains another is masked whole.
        values.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.secretValues = List.copyOf(values);
    }

    public boolean isSecretHeader(String name) {
        if (secretHeaderNames.contains(name)) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_NAME_PARTS.stream().anyMatch(lower::contains);
    }

    /** The value to show for a header: masked when the header is secret, else scrubbed. */
    public String headerValue(String name, String value) {
        return isSecretHeader(name) ? MASK : scrub(value);
    }

    /** The text with every known secret replaced by the mask. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secretValues) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
