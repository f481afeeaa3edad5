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
package org.sorastudio.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sorastudio.profiles.api.CredentialStore;

/**
 * The CLI's secrets, read from the environment because the platform keyring is not there headless: every profile's
 * API key is {@code OPENAI_API_KEY}, and a gateway header's value is {@code SORASTUDIO_HEADER_} followed by the
 * header's name in capitals with each character other than a letter or digit as {@code _} (the value of
 * {@code x-gateway-key} is {@code SORASTUDIO_HEADER_X_GATEWAY_KEY}). Nothing is ever written.
 */
final class EnvironmentCredentials implements CredentialStore {

    static final String API_KEY_VARIABLE = "OPENAI_API_KEY";
    static final String HEADER_PREFIX = "SORASTUDIO_HEADER_";
    private static final String KEY_SUFFIX = ".apiKey";
    private static final String HEADER_MARK = ".header.";

    private final Map<String, String> environment;

    EnvironmentCredentials(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The API key, whichever profile asks; empty when it is not set. */
    Optional<String> apiKey() {
        return Optional.ofNullable(environment.get(API_KEY_VARIABLE)).filter(key -> !key.isBlank());
    }

    /** The environment variable holding {@code header}'s value. */
    static String headerVariable(String header) {
        return HEADER_PREFIX + header.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public Optional<String> read(String key) {
        int header = key.lastIndexOf(HEADER_MARK);
        if (header >= 0) {
            return Optional.ofNullable(environment.get(headerVariable(key.substring(header + HEADER_MARK.length()))));
        }
        return key.endsWith(KEY_SUFFIX) ? apiKey() : Optional.empty();
    }

    @Override
    public void save(String key, String secret, String description) {
        throw new UnsupportedOperationException("The CLI keeps no secrets: set " + API_KEY_VARIABLE + " in the environment.");
    }

    @Override
    public void delete(String key) {
        throw new UnsupportedOperationException("The CLI keeps no secrets.");
    }
}
