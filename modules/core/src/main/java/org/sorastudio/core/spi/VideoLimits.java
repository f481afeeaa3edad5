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
package org.sorastudio.core.spi;

import java.util.List;

/**
 * What the derived-video operations accept (extensions, characters), per server profile. The capabilities module
 * registers the implementation: its table first, replaced by what a server itself said when it refused a value.
 * Users look it up and cope with nobody providing it ({@link Limits#UNKNOWN}: nothing checked before sending).
 */
public interface VideoLimits {

    /** The limits that apply on {@code profile}'s server now; never blocks on the network. */
    Limits limits(String profile);

    /**
     * A server refused a value of {@code operation} ({@code "extension"}, {@code "character"}) and said why, e.g.
     * {@code "Invalid value: '5'. Supported values are: '4', '8', and '12'."}: that answer replaces the table's.
     */
    default void serverRefused(String profile, String operation, String param, String message) {
    }

    /**
     * @param extensionSeconds        the allowed lengths of an extension's new segment; empty when unknown
     * @param characterClipMinSeconds shortest character clip, 0 when unknown
     * @param characterClipMaxSeconds longest character clip, 0 when unknown
     * @param characterNameMaxLength  longest character name, 0 when unknown
     */
    record Limits(List<Integer> extensionSeconds, double characterClipMinSeconds, double characterClipMaxSeconds,
            int characterNameMaxLength) {

        /** Nothing known: every check is left to the server. */
        public static final Limits UNKNOWN = new Limits(List.of(), 0, 0, 0);

        public Limits {
            extensionSeconds = List.copyOf(extensionSeconds);
        }

        /** True when {@code seconds} is an allowed segment length, or when the allowed lengths are unknown. */
        public boolean allowsExtension(int seconds) {
            return seconds > 0 && (extensionSeconds.isEmpty() || extensionSeconds.contains(seconds));
        }
    }
}
